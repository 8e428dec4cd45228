// The page around dejargon's engine. The engine (gen/dejargon.wasm) does
// all the checking, fixing, explaining and measuring; this file only
// shows its answer and turns clicks and keys into calls. Offsets from
// the engine count bytes of UTF-8, as the command line's do; the page
// turns them into JavaScript string indices (UTF-16) in one place,
// byteIndex below.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const els = {
    draft: $("draft"), marked: $("marked"), legend: $("legend"), status: $("status"),
    audience: $("audience"), type: $("type"), openFile: $("open-file"), teamFile: $("team-file"),
    teamStatus: $("team-status"), detailEmpty: $("detail-empty"), detailBody: $("detail-body"),
    detailRule: $("detail-rule"), detailSeverity: $("detail-severity"), detailWhere: $("detail-where"),
    detailMessage: $("detail-message"), detailDefinition: $("detail-definition"),
    detailSuggestionsBox: $("detail-suggestions-box"), detailSuggestions: $("detail-suggestions"),
    applyFix: $("apply-fix"), ignoreTerm: $("ignore-term"), applyAll: $("apply-all"),
    copyDraft: $("copy-draft"), summary: $("summary-text"), figures: $("figures"), chart: $("chart"),
    chartCaption: $("chart-caption"), terms: $("terms"), copyTerms: $("copy-terms"),
    ignoredLine: $("ignored-line"), ignoredList: $("ignored-list"), unignore: $("unignore"),
    dropCover: $("drop-cover"), notes: $("notes"),
  };

  // Names the page shows for the engine's values; anything not listed is
  // shown as the engine names it.
  const typeLabels = { md: "Markdown", html: "HTML", eml: "an email (.eml)", text: "plain text" };
  const audienceLabels = {
    general: "The public or customers", business: "Colleagues outside IT",
    executive: "Leaders and the board", technical: "IT colleagues",
  };
  const storeKeys = { team: "dejargon.team", audience: "dejargon.audience", ignored: "dejargon.ignored" };

  const state = {
    fileName: "draft.txt",
    type: "",           // "" lets the file name pick the reader
    team: loadJSON(localStorage, storeKeys.team, []),
    ignored: loadJSON(sessionStorage, storeKeys.ignored, []),
    result: null,       // the engine's last check
    text: "",           // the text that check is about
    revision: null,     // the engine's last revision (fixed text, glossary)
    revisedText: null,  // the text that revision is about
    checkedKey: "",     // the request the last check answered
    revisedKey: "",     // the request the last revision answered
    index: null,        // byte offset -> string index for that text
    selected: -1,       // index into result.findings
    lastCheckMs: 0,
  };

  function loadJSON(store, key, fallback) {
    try {
      const v = JSON.parse(store.getItem(key));
      return Array.isArray(v) ? v : fallback;
    } catch (e) {
      return fallback;
    }
  }

  // byteIndex maps every UTF-8 byte offset of text to the index of the
  // same place in the JavaScript string. An offset inside a character
  // maps to that character's start.
  function byteIndex(text) {
    const ix = new Int32Array(text.length * 3 + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        ix[n++] = i;
      } else if (c < 0x800) {
        ix[n++] = i; ix[n++] = i;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
                 text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
        // A surrogate pair: four bytes, two string units.
        ix[n++] = i; ix[n++] = i; ix[n++] = i; ix[n++] = i;
        i++;
      } else {
        // Three bytes; a lone surrogate reaches Go as U+FFFD, three too.
        ix[n++] = i; ix[n++] = i; ix[n++] = i;
      }
    }
    ix[n++] = text.length;
    return ix.subarray(0, n);
  }

  function at(byteOffset) {
    const ix = state.index;
    return ix[Math.max(0, Math.min(byteOffset, ix.length - 1))];
  }

  // applyEdits applies a fix's edits (byte offsets into the text the
  // engine checked) to that text.
  function applyEdits(edits) {
    let out = state.text;
    const sorted = edits.slice().sort((a, b) => b.offset - a.offset);
    for (const e of sorted) {
      out = out.slice(0, at(e.offset)) + e.new + out.slice(at(e.offset + e.length));
    }
    return out;
  }

  // ---- checking ----

  function request() {
    return {
      text: els.draft.value, fileName: state.fileName, type: state.type,
      audience: els.audience.value, team: state.team, allow: state.ignored,
    };
  }

  // checkNow checks the draft and redraws the marks and figures, and
  // returns how long that took in milliseconds. The revised text and the
  // glossary, which cost a few checks more, follow as soon as the browser
  // is free (reviseSoon).
  function checkNow() {
    if (!window.dejargon) return 0;
    const t0 = performance.now();
    const req = request();
    const key = JSON.stringify(req);
    const raw = window.dejargon.check(key);
    const t1 = performance.now();
    const res = JSON.parse(raw);
    const t2 = performance.now();
    if (res.error) {
      showStatus("Cannot check: " + res.error, true);
      return 0;
    }
    state.result = res;
    state.text = req.text;
    state.checkedKey = key;
    state.index = byteIndex(req.text);
    const t3 = performance.now();
    render();
    const ms = performance.now() - t0;
    state.lastCheckMs = ms;
    state.lastEngineMs = t1 - t0;
    state.lastSteps = { engine: t1 - t0, parse: t2 - t1, index: t3 - t2, draw: performance.now() - t3 };
    const n = res.findings.length;
    showStatus(n === 0 ? "No findings. Checked in " + ms.toFixed(0) + " ms." :
      n + (n === 1 ? " finding" : " findings") + ". Checked in " + ms.toFixed(0) + " ms.", false);
    reviseSoon();
    return ms;
  }

  // revisionReady says whether the last revision is of the text and
  // settings last checked.
  function revisionReady() {
    return !!state.revision && state.revisedKey === state.checkedKey;
  }

  let reviseTimer = 0;
  function reviseSoon() {
    clearTimeout(reviseTimer);
    // After a pause, so a large draft's revision never holds up typing;
    // "Apply all" asks for it at once when it is not ready.
    reviseTimer = setTimeout(reviseNow, 400);
  }

  // reviseNow asks the engine for the fixed text and the reader's
  // glossary of the text last checked, and returns how long it took.
  function reviseNow() {
    clearTimeout(reviseTimer);
    if (!window.dejargon || !state.result) return 0;
    const t0 = performance.now();
    const req = request();
    req.text = state.text;
    const key = JSON.stringify(req);
    const rev = JSON.parse(window.dejargon.revise(key));
    if (rev.error) {
      showStatus("Cannot revise: " + rev.error, true);
      return 0;
    }
    state.revision = rev;
    state.revisedText = req.text;
    state.revisedKey = key;
    renderRevision();
    return performance.now() - t0;
  }

  let timer = 0;
  function checkSoon() {
    clearTimeout(timer);
    timer = setTimeout(checkNow, 200);
  }

  function showStatus(text, bad) {
    els.status.textContent = text;
    els.status.classList.toggle("bad", !!bad);
  }

  // ---- drawing ----

  function render() {
    const res = state.result;
    if (els.type.value !== res.type) els.type.value = res.type;
    const t = [performance.now()];
    renderMarked(res.findings);
    t.push(performance.now());
    renderLegend(res.findings);
    renderFigures(res);
    t.push(performance.now());
    renderChart(res);
    t.push(performance.now());
    renderRevision();
    if (state.selected >= res.findings.length) state.selected = -1;
    showDetail(state.selected);
    t.push(performance.now());
    state.drawSteps = { marks: t[1] - t[0], figures: t[2] - t[1], chart: t[3] - t[2], rest: t[4] - t[3] };
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // escapeHTML makes text safe to put between tags or in an attribute.
  function escapeHTML(s) {
    return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }

  // renderMarked draws the draft with a mark per finding. Findings nest
  // (a jargon word inside a long sentence); a finding that starts inside
  // another and runs past its end is cut at that end, keeping its own
  // offsets in its data attributes. The marks are written as one string
  // of HTML, which a browser builds far faster than node by node; every
  // piece of text in it is escaped.
  function renderMarked(findings) {
    const text = state.text;
    const order = findings.map((f, i) => i).sort((a, b) => {
      const fa = findings[a], fb = findings[b];
      return fa.offset - fb.offset || fb.length - fa.length || a - b;
    });
    const out = ['<div class="marked-text">'];
    const ends = [Infinity]; // the open marks' ends, innermost last
    let pos = 0; // string index written so far
    const write = (upto) => {
      while (pos < upto) {
        const stop = Math.min(upto, ends[ends.length - 1]);
        if (stop > pos) {
          out.push(escapeHTML(text.slice(pos, stop)));
          pos = stop;
        }
        if (pos >= ends[ends.length - 1] && ends.length > 1) {
          ends.pop();
          out.push("</mark>");
        }
      }
    };
    for (const i of order) {
      const f = findings[i];
      const start = at(f.offset);
      const end = at(f.offset + f.length);
      write(start);
      while (ends.length > 1 && ends[ends.length - 1] <= start) {
        ends.pop();
        out.push("</mark>");
      }
      out.push('<mark class="f rule-' + escapeHTML(f.rule) + " sev-" + escapeHTML(f.severity) + (end === start ? " empty" : "") +
        '" tabindex="0" role="button" data-i="' + i + '" data-offset="' + f.offset + '" data-length="' + f.length +
        '" data-rule="' + escapeHTML(f.rule) + '" title="' + escapeHTML(f.message) +
        '" aria-label="' + escapeHTML(ruleName(f.rule) + ": " + f.message) + '">');
      ends.push(Math.min(end, ends[ends.length - 1]));
    }
    write(text.length);
    while (ends.length > 1) {
      ends.pop();
      out.push("</mark>");
    }
    if (text.length === 0) out.push('<span class="muted">Your marked-up draft appears here.</span>');
    out.push("</div>");
    els.marked.innerHTML = out.join("");
  }

  // Rule titles come from the engine's rule registry.
  const ruleTitles = new Map();
  function ruleName(rule) {
    return ruleTitles.get(rule) || rule.replace(/-/g, " ");
  }

  function renderLegend(findings) {
    const counts = new Map();
    for (const f of findings) counts.set(f.rule, (counts.get(f.rule) || 0) + 1);
    const items = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    els.legend.replaceChildren(...items.map(([rule, n]) => {
      const s = el("span", "key");
      s.append(el("mark", "f swatch rule-" + rule, rule), document.createTextNode(" " + n));
      s.title = ruleName(rule);
      return s;
    }));
  }

  // renderRevision shows what depends on the revision, or waits for it
  // when it is about an older text.
  function renderRevision() {
    const res = state.result;
    const rev = revisionReady() ? state.revision : null;
    renderSummary(res, rev);
    renderTerms(rev);
    const notes = (res.notes || []).concat(rev ? rev.notes : []);
    els.notes.replaceChildren(...notes.map((n) => el("li", "", n)));
    els.notes.hidden = notes.length === 0;
  }

  function renderSummary(res, rev) {
    const fixable = !!rev && rev.fixed !== state.text;
    els.applyAll.disabled = !fixable;
    const n = res.findings.length;
    const withFix = res.findings.filter((f) => f.fixes && f.fixes.length).length;
    els.summary.textContent = n === 0 ? "Nothing to change. Copy it and send it." :
      n + (n === 1 ? " finding" : " findings") + (fixable ? "; " + (withFix || "some") + " can be fixed for you, the rest need your words." : "; none can be fixed safely for you, so they need your words.");
    els.ignoredLine.hidden = state.ignored.length === 0;
    els.ignoredList.textContent = state.ignored.join(", ");
  }

  function fmt(x, digits) {
    return Number(x).toFixed(digits).replace(/\.0+$/, "");
  }

  function renderFigures(res) {
    const s = res.stats, p = res.profile;
    const long = res.sentences.filter((x) => x.words > p.maxSentenceWords).length;
    const rows = [
      ["Reading grade", s.words >= 100 ? fmt(s.grade, 1) + " (aim for " + fmt(p.targetGrade, 0) + " or less)" : fmt(s.grade, 1) + " (not judged under 100 words)"],
      ["Reading ease", fmt(s.reading_ease, 0) + " of 100"],
      ["Words", String(s.words)],
      ["Sentences", String(s.sentences)],
      ["Words a sentence", fmt(s.avg_sentence_length, 1)],
      ["Long sentences", long + " over " + p.maxSentenceWords + " words"],
    ];
    const nodes = [];
    for (const [k, v] of rows) nodes.push(el("dt", "", k), el("dd", "", v));
    els.figures.replaceChildren(...nodes);
    const over = s.words >= 100 && s.grade > p.targetGrade;
    els.figures.classList.toggle("over", over);
  }

  // renderChart draws a bar per sentence, in order, against the
  // audience's limit.
  function renderChart(res) {
    const ss = res.sentences, limit = res.profile.maxSentenceWords;
    const W = 320, H = 120, top = 8;
    const maxWords = Math.max(limit * 1.5, ...ss.map((s) => s.words), 1);
    const y = (w) => H - (w / maxWords) * (H - top);
    const bw = ss.length ? W / ss.length : W;
    const bars = ss.map((s, i) =>
      '<rect class="' + (s.words > limit ? "bar over" : "bar") + '" x="' + (i * bw + bw * 0.1).toFixed(2) +
      '" y="' + y(s.words).toFixed(2) + '" width="' + Math.max(bw * 0.8, 0.5).toFixed(2) +
      '" height="' + (H - y(s.words)).toFixed(2) + '"><title>Line ' + s.line + ": " + s.words + " words</title></rect>");
    const ly = y(limit).toFixed(2);
    bars.push('<line class="limit" x1="0" x2="' + W + '" y1="' + ly + '" y2="' + ly + '"></line>');
    els.chart.innerHTML = bars.join("");
    const long = ss.filter((s) => s.words > limit).length;
    els.chartCaption.textContent = ss.length === 0 ? "Sentence lengths appear here." :
      "Words in each of the " + ss.length + " sentences, in order; the line is " + limit +
      " words, the most " + res.profile.audience + " readers follow easily. " +
      (long === 0 ? "None is longer." : long + (long === 1 ? " is" : " are") + " longer.");
  }

  function renderTerms(rev) {
    if (!rev) return; // keep the last glossary until the new one is ready
    const nodes = [];
    for (const t of rev.terms) {
      nodes.push(el("dt", "", t.expansion ? t.term + " (" + t.expansion + ")" : t.term), el("dd", "", t.definition || ""));
    }
    if (!nodes.length) nodes.push(el("dt", "muted", "No acronyms or jargon left to explain."));
    els.terms.replaceChildren(...nodes);
    els.copyTerms.disabled = !rev.termsText;
  }

  // ---- the selected finding ----

  function showDetail(i) {
    const res = state.result;
    state.selected = i;
    for (const m of els.marked.querySelectorAll("mark.selected")) m.classList.remove("selected");
    if (!res || i < 0 || i >= res.findings.length) {
      els.detailEmpty.hidden = false;
      els.detailBody.hidden = true;
      return;
    }
    const f = res.findings[i];
    const m = els.marked.querySelector('mark[data-i="' + i + '"]');
    if (m) m.classList.add("selected");
    els.detailEmpty.hidden = true;
    els.detailBody.hidden = false;
    els.detailRule.textContent = ruleName(f.rule);
    els.detailRule.className = "chip f rule-" + f.rule;
    els.detailSeverity.textContent = f.severity;
    els.detailWhere.textContent = "line " + f.line + ", column " + f.column;
    els.detailMessage.textContent = f.message;
    const def = [f.expansion ? f.term + ": " + f.expansion + "." : "", f.definition || "", f.note || ""].filter(Boolean).join(" ");
    els.detailDefinition.textContent = def;
    els.detailDefinition.hidden = !def;
    els.detailSuggestions.replaceChildren(...(f.suggestions || []).map((s) => el("li", "", s)));
    els.detailSuggestionsBox.hidden = !(f.suggestions && f.suggestions.length);
    const fix = f.fixes && f.fixes[0];
    els.applyFix.disabled = !fix;
    els.applyFix.textContent = fix ? fix.title : "No safe fix: reword it yourself";
    els.ignoreTerm.textContent = "Ignore \u201c" + f.term + "\u201d for now";
    els.ignoreTerm.hidden = !state.result.ignorable[i];
  }

  function applyFix(i) {
    if (els.draft.value !== state.text) {
      // The edits are for the text last checked; typing since then would
      // be lost. Check again and let the writer pick again.
      checkNow();
      showStatus("The draft changed; choose the finding again.", false);
      return true;
    }
    const f = state.result && state.result.findings[i];
    if (!f || !f.fixes || !f.fixes.length) return false;
    els.draft.value = applyEdits(f.fixes[0].edits);
    checkNow();
    // Keep the keyboard where it was: on the next finding.
    focusFinding(Math.min(i, state.result.findings.length - 1));
    return true;
  }

  function focusFinding(i) {
    const m = els.marked.querySelector('mark[data-i="' + i + '"]');
    if (m) {
      m.focus();
      showDetail(i);
    }
  }

  els.marked.addEventListener("click", (ev) => {
    const m = ev.target.closest("mark[data-i]");
    if (m) showDetail(Number(m.dataset.i));
  });
  els.marked.addEventListener("focusin", (ev) => {
    const m = ev.target.closest("mark[data-i]");
    if (m) showDetail(Number(m.dataset.i));
  });
  els.marked.addEventListener("keydown", (ev) => {
    const m = ev.target.closest("mark[data-i]");
    if (!m) return;
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      const i = Number(m.dataset.i);
      if (!applyFix(i)) {
        showDetail(i);
        showStatus("That finding has no safe fix; reword it in the draft.", false);
      }
    }
  });
  els.applyFix.addEventListener("click", () => applyFix(state.selected));
  els.applyAll.addEventListener("click", () => {
    if (!state.result) return;
    if (els.draft.value !== state.text) checkNow();
    if (!revisionReady()) reviseNow();
    els.draft.value = state.revision.fixed;
    state.selected = -1;
    checkNow();
  });
  els.ignoreTerm.addEventListener("click", () => {
    const f = state.result && state.result.findings[state.selected];
    if (!f) return;
    const term = f.term;
    if (!state.result.ignorable[state.selected]) return;
    if (!state.ignored.includes(term)) state.ignored.push(term);
    sessionStorage.setItem(storeKeys.ignored, JSON.stringify(state.ignored));
    state.selected = -1;
    checkNow();
  });
  els.unignore.addEventListener("click", () => {
    state.ignored = [];
    sessionStorage.removeItem(storeKeys.ignored);
    checkNow();
  });

  // ---- copying ----

  async function copy(text, what) {
    try {
      await navigator.clipboard.writeText(text);
      showStatus(what + " copied.", false);
    } catch (e) {
      showStatus("Could not copy; select the text and press Ctrl+C.", true);
    }
  }
  els.copyDraft.addEventListener("click", () => copy(els.draft.value, "The revised text is"));
  els.copyTerms.addEventListener("click", () => copy(state.revision ? state.revision.termsText : "", "The glossary is"));

  // ---- input ----

  els.draft.addEventListener("input", checkSoon);
  els.audience.addEventListener("change", () => {
    localStorage.setItem(storeKeys.audience, els.audience.value);
    checkNow();
  });
  els.type.addEventListener("change", () => {
    state.type = els.type.value;
    checkNow();
  });

  function openText(name, text) {
    state.fileName = name || "draft.txt";
    state.type = "";
    els.draft.value = text;
    state.selected = -1;
    checkNow();
  }

  async function openFile(file) {
    if (!file) return;
    openText(file.name, await file.text());
  }
  els.openFile.addEventListener("change", () => openFile(els.openFile.files[0]));

  let dragDepth = 0;
  document.addEventListener("dragenter", (ev) => {
    if (![...ev.dataTransfer.types].includes("Files")) return;
    dragDepth++;
    els.dropCover.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) els.dropCover.hidden = true;
  });
  document.addEventListener("dragover", (ev) => ev.preventDefault());
  document.addEventListener("drop", (ev) => {
    ev.preventDefault();
    dragDepth = 0;
    els.dropCover.hidden = true;
    const f = ev.dataTransfer.files[0];
    if (f) openFile(f);
  });

  // ---- the team glossary ----

  function describeTeam(info) {
    if (!state.team.length) {
      els.teamStatus.replaceChildren();
      return;
    }
    const names = state.team.map((f) => f.name).join(", ");
    const parts = [document.createTextNode("Team files: " + names + " (" + info.terms + " terms). ")];
    for (const n of info.notes || []) parts.push(el("span", "note", n + ". "));
    const remove = el("button", "link", "Remove");
    remove.type = "button";
    remove.addEventListener("click", () => {
      state.team = [];
      localStorage.removeItem(storeKeys.team);
      describeTeam({ terms: 0 });
      checkNow();
    });
    parts.push(remove);
    els.teamStatus.replaceChildren(...parts);
  }

  function loadTeam(files) {
    const info = JSON.parse(window.dejargon.loadTeam(JSON.stringify(files)));
    if (info.error) {
      els.teamStatus.replaceChildren(el("span", "bad", "Not loaded: " + info.error));
      return false;
    }
    state.team = files;
    localStorage.setItem(storeKeys.team, JSON.stringify(files));
    if (info.audience) {
      els.audience.value = info.audience;
      localStorage.setItem(storeKeys.audience, info.audience);
    }
    describeTeam(info);
    return true;
  }

  els.teamFile.addEventListener("change", async () => {
    const files = [];
    for (const f of els.teamFile.files) files.push({ name: f.name, text: await f.text() });
    els.teamFile.value = "";
    if (files.length && loadTeam(files)) checkNow();
  });

  // ---- start ----

  function fillSelect(select, values, labels) {
    select.replaceChildren(...values.map((v) => {
      const o = el("option", "", labels[v] ? labels[v] + " (" + v + ")" : v);
      o.value = v;
      return o;
    }));
    select.disabled = false;
  }

  async function draftFromServer() {
    // `dejargon serve FILE` offers the file here; a static host has none.
    try {
      const r = await fetch("draft.json", { cache: "no-store" });
      if (!r.ok) return null;
      return await r.json();
    } catch (e) {
      return null;
    }
  }

  window.dejargonReady = async function () {
    for (const r of JSON.parse(window.dejargon.rules())) ruleTitles.set(r.id, r.title);
    fillSelect(els.audience, JSON.parse(window.dejargon.audiences()), audienceLabels);
    fillSelect(els.type, JSON.parse(window.dejargon.types()), typeLabels);
    const saved = localStorage.getItem(storeKeys.audience);
    if (saved && [...els.audience.options].some((o) => o.value === saved)) els.audience.value = saved;
    if (state.team.length && !loadTeam(state.team)) {
      state.team = [];
      localStorage.removeItem(storeKeys.team);
    }
    const d = await draftFromServer();
    if (d && typeof d.text === "string") {
      openText(d.name, d.text);
    } else {
      checkNow();
    }
    document.body.classList.add("ready");
  };

  // The tests drive the page through the same calls the controls use.
  window.dejargonPage = {
    checkNow: checkNow,
    reviseNow: reviseNow,
    engineMs: () => state.lastEngineMs,
    // How the last check's time divides, in milliseconds, for anyone
    // looking into speed from the browser's console.
    steps: () => Object.assign({}, state.lastSteps, state.drawSteps),
    revision: () => state.revision,
    revisedText: () => (revisionReady() ? state.revisedText : null),
    openText: openText,
    applyFix: applyFix,
    loadTeam: (files) => loadTeam(files) && checkNow() >= 0,
    result: () => state.result,
    checkedText: () => state.text,
    fileName: () => state.fileName,
  };

  async function start() {
    if (!window.Go || !WebAssembly.instantiateStreaming) {
      showStatus("This browser cannot run the checker (it needs WebAssembly).", true);
      return;
    }
    const go = new window.Go();
    try {
      const { instance } = await WebAssembly.instantiateStreaming(fetch("gen/dejargon.wasm"), go.importObject);
      go.run(instance);
    } catch (e) {
      showStatus("The checker did not load: " + e, true);
    }
  }
  start();
})();
