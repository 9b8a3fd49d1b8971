// Modules vite.config.ts's plugins make at build time.
declare module "virtual:default-layout" {
  const layout: import("./queries/known-layouts").KnownLayout;
  export default layout;
}
