#include "report/html_assets.hpp"

namespace crossfoot {

// Status is never colour alone: each has an icon and an underline of its own (failing wavy,
// conflict double, undecided dotted, consistent thin, unchecked dashed grey), and words for
// screen readers. System fonts only.
const char* const html_style = R"css(
:root {
  --ink: #1d1d1f; --muted: #5c5f66; --paper: #fffdf8; --panel: #f6f4ee; --line: #d9d5c9;
  --fail: #b3261e; --fail-bg: #fde7e4; --conflict: #7a3e9d; --conflict-bg: #f1e6f8;
  --undecided: #8a5a00; --undecided-bg: #fff1cc; --ok: #1e6b3a; --ok-bg: #e3f3e8;
  --unchecked: #6b6f76; --focus: #0b57d0;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { padding: 1.25rem 2rem 1rem; border-bottom: 1px solid var(--line); background: #fff; }
.top .tool { margin: 0; color: var(--muted); font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; }
.top h1 { margin: 0.15rem 0 0.3rem; font-size: 1.45rem; line-height: 1.25; }
.files { margin: 0 0 0.6rem; color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
.verdict { margin: 0 0 0.6rem; font-weight: 600; }
.verdict.bad { color: var(--fail); } .verdict.good { color: var(--ok); }
.counts { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; margin: 0 0 0.5rem; padding: 0; list-style: none; }
.counts li { padding: 0.15rem 0.6rem; border-radius: 999px; border: 1px solid var(--line); background: var(--panel); font-size: 0.9rem; }
.legend { margin: 0; color: var(--muted); font-size: 0.85rem; }
.legend .key { margin-left: 0.5rem; white-space: nowrap; color: var(--ink); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 30rem); gap: 0; align-items: start; }
.doc { padding: 1.5rem 2rem 3rem; min-width: 0; }
.text { white-space: pre-wrap; overflow-wrap: break-word; max-width: 46rem;
  font: 17px/1.7 Charter, "Iowan Old Style", Georgia, "DejaVu Serif", serif; }
.nodoc { color: var(--muted); }
.side { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 1rem 1.25rem 2rem;
  background: var(--panel); border-left: 1px solid var(--line); }
.side h2 { font-size: 1.05rem; margin: 1.2rem 0 0.5rem; }
.details { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; }
.details h2 { margin: 0 0 0.25rem; font-size: 1.05rem; }
.details .hint { margin: 0; color: var(--muted); }
.details .close { float: right; display: none; }
.fig { color: inherit; text-decoration: none; border-radius: 3px; padding: 0 0.1em; cursor: pointer;
  text-decoration-line: underline; text-underline-offset: 0.22em; text-decoration-thickness: 2px; }
.fig .icon { font: 700 0.7em/1 system-ui, sans-serif; vertical-align: super; margin-left: 0.12em; }
.fig.st-failing { background: var(--fail-bg); text-decoration-color: var(--fail); text-decoration-style: wavy; }
.fig.st-failing .icon { color: var(--fail); }
.fig.st-failing.soft { background: var(--undecided-bg); }
.fig.st-conflict { background: var(--conflict-bg); text-decoration-color: var(--conflict); text-decoration-style: double; }
.fig.st-conflict .icon { color: var(--conflict); }
.fig.st-undecided { background: var(--undecided-bg); text-decoration-color: var(--undecided); text-decoration-style: dotted; }
.fig.st-undecided .icon { color: var(--undecided); }
.fig.st-consistent { text-decoration-color: var(--ok); text-decoration-thickness: 1px; }
.fig.st-consistent .icon { color: var(--ok); }
.fig.st-unchecked { text-decoration-color: var(--unchecked); text-decoration-style: dashed; text-decoration-thickness: 1px; }
.fig.st-unchecked .icon { color: var(--unchecked); }
.fig { scroll-margin-top: 5rem; }
.fig:hover { box-shadow: 0 0 0 2px var(--line); }
.fig.selected { box-shadow: 0 0 0 2px var(--focus); }
.legend .fig { cursor: default; }
.counts .icon, .flist .icon, .details h2 .icon { display: inline-block; min-width: 1em; text-align: center; font-weight: 700; }
.st-failing > .icon, .counts .st-failing .icon, li.st-failing summary .icon, h2.st-failing .icon { color: var(--fail); }
.counts .st-conflict .icon, li.st-conflict summary .icon, h2.st-conflict .icon { color: var(--conflict); }
.counts .st-undecided .icon, li.st-undecided summary .icon, h2.st-undecided .icon { color: var(--undecided); }
.counts .st-consistent .icon, h2.st-consistent .icon { color: var(--ok); }
.flist { margin: 0; padding: 0; list-style: none; }
.flist > li { margin: 0 0 0.5rem; background: #fff; border: 1px solid var(--line); border-left-width: 4px; border-radius: 6px; }
.flist > li.st-failing { border-left-color: var(--fail); }
.flist > li.st-conflict { border-left-color: var(--conflict); }
.flist > li.st-undecided { border-left-color: var(--undecided); }
summary { cursor: pointer; padding: 0.45rem 0.7rem; }
details > :not(summary) { margin-left: 0.7rem; margin-right: 0.7rem; }
.sev { display: inline-block; font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; padding: 0 0.35rem; border-radius: 3px; border: 1px solid currentColor; }
.sev-error { color: var(--fail); } .sev-warning { color: var(--undecided); } .sev-info, .sev-note { color: var(--muted); }
.place, .muted { color: var(--muted); font-size: 0.85rem; }
.label { margin: 0.5rem 0 0.2rem; font-weight: 600; font-size: 0.9rem; }
.check { margin: 0.4rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 0.3rem 0 0.6rem; }
th, td { text-align: left; padding: 0.2rem 0.4rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num, td.num { text-align: right; }
.sides th { white-space: nowrap; font-weight: 600; }
.sides .gap td, .sides .gap th { color: var(--fail); font-weight: 600; }
tr.bad th code { color: var(--fail); }
.uses, .alts, .cause ul { margin: 0.2rem 0 0.5rem; padding-left: 1.2rem; }
.cause { margin: 0.5rem 0; padding: 0.5rem 0.7rem; background: var(--ok-bg); border-radius: 6px; }
.cause p { margin: 0.2rem 0; }
.used { margin-top: 0.6rem; border-top: 1px solid var(--line); padding-top: 0.4rem; }
.used details > summary { padding-left: 0; }
.held .ftitle { margin: 0.6rem 0 0.2rem; }
.rules summary h2 { display: inline; }
.rows { padding: 0 2rem 2rem; }
.problems { margin: 0; padding: 0.75rem 2rem; background: var(--undecided-bg); border-bottom: 1px solid var(--line); }
.problems.bad { background: var(--fail-bg); }
.problems h2 { margin: 0 0 0.3rem; font-size: 1rem; }
.problems pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; }
.rows table.failing { width: auto; min-width: 60%; }
@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .top { padding: 1rem; }
  .doc { padding: 1rem; }
  .text { font-size: 16px; }
  .side { position: static; max-height: none; border-left: 0; border-top: 1px solid var(--line); }
  .details { display: none; }
  .details.open { display: block; position: fixed; left: 0; right: 0; bottom: 0; max-height: 62vh; overflow: auto;
    border-radius: 12px 12px 0 0; box-shadow: 0 -6px 24px rgba(0,0,0,0.18); z-index: 5; }
  .details .close { display: inline-block; }
  .rows { padding: 0 1rem 1rem; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  .skip, .details, .legend .key .icon { display: none !important; }
  .layout { display: block; }
  .side { position: static; max-height: none; overflow: visible; background: #fff; border: 0; padding: 0 0 0 0; }
  .doc { padding: 0; }
  .text { font-size: 11pt; max-width: none; }
  .fig { background: none !important; }
  .flist > li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .top { border: 0; padding: 0 0 0.5rem; }
}
)css";

// Shows, hides and moves focus; every text it shows was escaped when the page was written.
const char* const html_script = R"js(
(function () {
  'use strict';
  var pane = document.getElementById('details');
  var current = null;

  // A claim's own anchor: its mark, or an alias inside the mark it shares.
  function figureOf(el) { return el && el.classList && el.classList.contains('alias') ? el.parentElement : el; }

  function isFigure(el) { return el && el.classList && el.classList.contains('fig') && el.closest('#text'); }

  function closeButton() {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'close';
    b.textContent = 'Close';
    b.addEventListener('click', function () { clear(true); });
    return b;
  }

  function backButton(mark) {
    var b = document.createElement('a');
    b.href = '#' + mark.id;
    b.className = 'back';
    b.textContent = 'Back to the figure in the text';
    return b;
  }

  function show(mark) {
    while (pane.firstChild) pane.removeChild(pane.firstChild);
    pane.appendChild(closeButton());
    // One header per claim at these words (two figures may quote one number); what fails
    // comes before what holds.
    var held = [];
    (mark.getAttribute('data-claims') || mark.id).split(' ').forEach(function (claim) {
      var t = claim && document.querySelector('#figs > div[data-for="' + CSS.escape(claim) + '"]');
      if (!t) return;
      for (var n = t.firstChild; n; n = n.nextSibling) {
        if (n.classList && n.classList.contains('held')) held.push(n); else pane.appendChild(n.cloneNode(true));
      }
    });
    (mark.getAttribute('data-findings') || '').split(' ').forEach(function (fid) {
      var li = fid && document.getElementById(fid);
      if (!li) return;
      var d = li.querySelector('details').cloneNode(true);
      d.open = true;
      d.querySelectorAll('[id]').forEach(function (x) { x.removeAttribute('id'); });
      var wrap = document.createElement('div');
      wrap.className = 'used ' + li.className;
      wrap.appendChild(d);
      pane.appendChild(wrap);
    });
    held.forEach(function (n) { pane.appendChild(n.cloneNode(true)); });
    var p = document.createElement('p');
    p.appendChild(backButton(mark));
    pane.appendChild(p);
  }

  function select(mark, moveFocus) {
    if (current) { current.classList.remove('selected'); current.setAttribute('aria-pressed', 'false'); }
    current = mark;
    mark.classList.add('selected');
    mark.setAttribute('aria-pressed', 'true');
    show(mark);
    pane.classList.add('open');
    if (history.replaceState) history.replaceState(null, '', '#' + mark.id);
    // On a phone the details cover the lower part of the screen: keep the figure above them.
    if (getComputedStyle(pane).position === 'fixed') mark.scrollIntoView({block: 'start'});
    if (moveFocus) pane.focus();
  }

  function clear(refocus) {
    pane.classList.remove('open');
    if (current && refocus) current.focus();
  }

  document.querySelectorAll('#text .fig').forEach(function (m) { m.setAttribute('aria-pressed', 'false'); });

  document.addEventListener('click', function (ev) {
    var a = ev.target.closest ? ev.target.closest('a') : null;
    if (!a) return;
    var href = a.getAttribute('href') || '';
    if (href.charAt(0) !== '#') return;
    var target = figureOf(document.getElementById(href.slice(1)));
    if (!isFigure(target)) return;
    ev.preventDefault();
    if (a !== target) {
      // A link to another claim: go there and show it.
      target.scrollIntoView({block: 'center'});
      target.focus({preventScroll: true});
      select(target, false);
      return;
    }
    // A click with the mouse keeps the reader's place; Enter moves focus to the details.
    select(target, ev.detail === 0);
  });

  document.addEventListener('keydown', function (ev) {
    if ((ev.key === ' ' || ev.key === 'Spacebar') && isFigure(ev.target)) {
      ev.preventDefault();
      select(ev.target, true);
    } else if (ev.key === 'Escape' && pane.classList.contains('open')) {
      clear(true);
    }
  });

  // Printing shows every finding open.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('.side details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); });

  var start = location.hash ? figureOf(document.getElementById(decodeURIComponent(location.hash.slice(1)))) : null;
  if (isFigure(start)) { select(start, false); start.scrollIntoView({block: 'center'}); }
})();
)js";

const char* const html_watch_poller = R"js(
(function () {
  'use strict';
  var w = window.crossfootWatch;
  window.crossfootStamp = function (stamp) {
    if (stamp !== w.stamp) location.reload();
  };
  function poll() {
    var s = document.createElement('script');
    s.src = w.script + '?t=' + Date.now();
    s.onload = s.onerror = function () { s.remove(); };
    document.body.appendChild(s);
  }
  setInterval(poll, 1000);
})();
)js";

}  // namespace crossfoot
