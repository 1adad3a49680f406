// The embed's whole stylesheet: light and dark themes through custom properties (theme=auto follows the
// reader's system), a table that stacks into labelled cards under 480 px, and diff marks that do not
// rely on colour alone (strike-through and underline).
import { COLOURS, DARK_COLOURS, FONTS } from "../design-tokens";

/** The embed's custom properties from the design tokens (an embed sits on white, not on paper). */
const LIGHT = { ...COLOURS, paper: COLOURS.white };
const palette = (c: Record<keyof typeof DARK_COLOURS, string>) =>
  [
    ["bg", c.paper],
    ["fg", c.ink],
    ["muted", c.muted],
    ["rule", c.rule],
    ["accent", c.accent],
    ["soft", c["accent-soft"]],
    ["ins", c.ins],
    ["ins-bg", c["ins-bg"]],
    ["del", c.del],
    ["del-bg", c["del-bg"]],
    ["warn-bg", c["warn-bg"]],
  ]
    .map(([name, value]) => `--${name}:${value}`)
    .join(";");

export const EMBED_CSS = `
:root{${palette(LIGHT)};color-scheme:light}
[data-theme=dark]{${palette(DARK_COLOURS)};color-scheme:dark}
@media (prefers-color-scheme:dark){[data-theme=auto]{${palette(DARK_COLOURS)};color-scheme:dark}}
*{box-sizing:border-box}html,body{margin:0;background:var(--bg);color:var(--fg)}
body{font:15px/1.5 ${FONTS.sans};padding:12px}
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
