// One WebGL node program that draws a shape per node (circle, square, diamond, triangle, ring),
// so each kind has a second cue besides its colour. Sigma 3 ships only discs; this follows its
// NodeCircleProgram (one triangle per node) with a larger triangle and a distance function per
// shape in the fragment shader. A thin white outline keeps touching shapes apart.
import { NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

import type { KindShape } from "../state/appearance";

export const SHAPE_INDEX: Record<KindShape, number> = { circle: 0, square: 1, diamond: 2, triangle: 3, ring: 4 };

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  // The triangle's inscribed circle (half its circumradius) must hold every shape's farthest point.
  vec2 diffVector = radius * 3.4 * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 outline = vec4(1.0, 1.0, 1.0, 1.0);

// Signed distance in units of the node's radius; shapes have about the area of the unit disc.
float shapeDistance(vec2 p, float shape) {
  if (shape < 0.5) return length(p) - 1.0;
  if (shape < 1.5) return max(abs(p.x), abs(p.y)) - 0.89;
  if (shape < 2.5) return (abs(p.x) + abs(p.y)) - 1.25;
  if (shape < 3.5) {
    float a = 0.78;
    float d = max(-p.y, max(dot(p, vec2(0.866, 0.5)), dot(p, vec2(-0.866, 0.5))));
    return d - a;
  }
  #ifdef PICKING_MODE
  return length(p) - 1.05;
  #else
  return abs(length(p) - 0.78) - 0.27;
  #endif
}

void main(void) {
  vec2 p = v_diffVector / v_radius;
  // The triangle points up on screen: graph y grows upwards in sigma's camera space.
  float d = shapeDistance(p, v_shape);
  float aa = u_correctionRatio * 2.0 / v_radius;
  #ifdef PICKING_MODE
  gl_FragColor = d > 0.0 ? transparent : v_color;
  #else
  float edge = 0.14;
  if (d > aa) {
    gl_FragColor = transparent;
  } else if (d > 0.0) {
    gl_FragColor = mix(outline, transparent, d / aa);
  } else if (d > -edge) {
    gl_FragColor = mix(v_color, outline, clamp((d + edge) / aa, 0.0, 1.0));
  } else {
    gl_FragColor = v_color;
  }
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;

export class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_shape", size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
      CONSTANT_DATA: [[Math.PI / 2], [Math.PI / 2 + (2 * Math.PI) / 3], [Math.PI / 2 + (4 * Math.PI) / 3]],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData) {
    const array = this.array;
    const shape = (data as NodeDisplayData & { shape?: KindShape }).shape;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = data.size;
    array[startIndex++] = floatColor(data.color);
    array[startIndex++] = nodeIndex;
    array[startIndex] = shape ? SHAPE_INDEX[shape] : 0;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>) {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
