// The embed's whole stylesheet: light and dark themes through custom properties (theme=auto follows the
// reader's system), a table that stacks into labelled cards under 480 px, and diff marks that do not
// rely on colour alone (strike-through and underline).
export const EMBED_CSS = `
:root{--bg:#fff;--fg:#1d1f24;--muted:#565b66;--rule:#d9d6cf;--accent:#1f4f8f;--soft:#eef3fa;--ins:#0d6b3a;--ins-bg:#dff3e6;--del:#a1261c;--del-bg:#fbe3df;--warn-bg:#fdf1d8;color-scheme:light}
[data-theme=dark]{--bg:#16181d;--fg:#e9e7e2;--muted:#a9adb7;--rule:#3a3d45;--accent:#8fb6ee;--soft:#1f2a3a;--ins:#8fe0b0;--ins-bg:#173326;--del:#f3a79e;--del-bg:#3b1d1a;--warn-bg:#3a2f17;color-scheme:dark}
@media (prefers-color-scheme:dark){[data-theme=auto]{--bg:#16181d;--fg:#e9e7e2;--muted:#a9adb7;--rule:#3a3d45;--accent:#8fb6ee;--soft:#1f2a3a;--ins:#8fe0b0;--ins-bg:#173326;--del:#f3a79e;--del-bg:#3b1d1a;--warn-bg:#3a2f17;color-scheme:dark}}
*{box-sizing:border-box}html,body{margin:0;background:var(--bg);color:var(--fg)}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;padding:12px}
a{color:var(--accent)}table{width:100%;border-collapse:collapse}
caption{text-align:left;padding:0 0 8px;font-size:16px}caption small{display:block;color:var(--muted);font-size:13px}
th,td{text-align:left;vertical-align:top;padding:8px;border-bottom:1px solid var(--rule)}
thead th{border-bottom:2px solid var(--fg);font-size:14px}thead small{display:block;font-weight:400;color:var(--muted)}
tbody th{font-weight:600;width:26%}.status{display:inline-block;margin-top:4px;font-size:12px;font-weight:500;border:1px solid var(--rule);border-radius:4px;padding:0 4px;color:var(--muted)}
.differs{background:var(--warn-bg)}.none{color:var(--muted);font-style:italic}
q,blockquote{margin:0;font-family:"Iowan Old Style","Palatino Linotype",Palatino,"Noto Serif",Georgia,serif;quotes:none}
.para{color:var(--muted);font-style:italic}.meta{display:block;color:var(--muted);font-size:12px}.caveat{background:var(--warn-bg);color:var(--fg);border-radius:4px;padding:0 4px;margin-bottom:4px}
ins{background:var(--ins-bg);color:var(--ins);text-decoration:underline 2px}del{background:var(--del-bg);color:var(--del);text-decoration:line-through 2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:10px;font-size:12px;color:var(--muted)}footer ol{margin:4px 0 0;padding-left:28px}
@media (max-width:480px){caption{display:block}thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table,tbody,tr,th,td{display:block;width:auto}tr{border:1px solid var(--rule);border-radius:8px;margin:0 0 12px;background:var(--bg)}
tbody th{width:auto;background:var(--soft);border-radius:8px 8px 0 0}td::before{content:attr(data-label);display:block;font-weight:600;font-size:13px}}
`;

/** Posts the document height to the host page so its listener can size the iframe; nothing else. */
export const EMBED_SCRIPT = `(function(){var l=0;function s(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==l){l=h;parent.postMessage({type:"pactdiff:height",height:h},"*")}}addEventListener("load",s);if(window.ResizeObserver)new ResizeObserver(s).observe(document.documentElement);var d=new Date(),t=d.getFullYear()+"-"+("0"+(d.getMonth()+1)).slice(-2)+"-"+("0"+d.getDate()).slice(-2);document.querySelectorAll("time[data-accessed]").forEach(function(e){e.textContent=t;e.setAttribute("datetime",t)});s()})();`;
