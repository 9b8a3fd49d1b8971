// Notices about the link the page was opened with (an unknown key, a malformed value, another
// version of the data). Each can be dismissed; the rest of the view has loaded regardless.
import { useState } from "react";

import { visibleText } from "../../model";
import type { Notice } from "../../state/url";

export function NoticeBar({ notices }: { notices: readonly Notice[] }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<Notice>>(new Set());
  const shown = notices.filter((notice) => !dismissed.has(notice));
  if (!shown.length) return null;
  return (
    <div className="notice-bar" role="region" aria-label="Notices">
      {shown.map((notice) => (
        <div
          key={notices.indexOf(notice)}
          className={`notice notice-${notice.level}`}
          role={notice.level === "warning" ? "alert" : "status"}
        >
          <span className="notice-message">{visibleText(notice.message)}</span>
          <button
            type="button"
            className="close-button"
            aria-label={`Dismiss notice: ${notice.message}`}
            onClick={() => setDismissed((was) => new Set(was).add(notice))}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
