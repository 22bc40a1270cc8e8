extension TimelinePage {
    /// The page's script: loads the events, lays them out on a zoomable axis, shows one in its document.
    static let script = #"""
        "use strict";
        const DAY = 86400000;
        const MONTHS = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];
        const inline = document.getElementById("timeline-data");
        const state = { events: [], documents: {}, pxPerDay: 1, origin: 0, selected: null,
          data: inline ? JSON.parse(inline.textContent) : null };
        const $ = (id) => document.getElementById(id);

        // "2021-08-01" or "2021-08-01T10:00" -> days since 1970 (fractional for times).
        function days(text) {
          const m = /^(-?\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text || "");
          if (!m) return null;
          return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0)) / DAY;
        }
        function dayText(d) {
          const date = new Date(d * DAY);
          return date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + " " + date.getUTCFullYear();
        }
        // The days from first to last inclusive, as briefly as they read (as the terminal timeline writes them):
        // "1–31 Aug", "Jan–Dec", "1990–1999", "Jul 2021 – Mar 2022", "28 Feb – 3 Mar 2022".
        function spanText(first, last) {
          const a = new Date(first * DAY), b = new Date(last * DAY);
          const [ay, am, ad, by, bm, bd] = [a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate(),
            b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()];
          const wholeMonths = ad === 1 && new Date((last + 1) * DAY).getUTCDate() === 1;
          if (wholeMonths && am === 0 && bm === 11) return ay === by ? "Jan–Dec" : ay + "–" + by;
          if (ay === by) {
            if (am === bm) return ad + "–" + bd + " " + MONTHS[am];
            if (wholeMonths) return MONTHS[am] + "–" + MONTHS[bm];
            return ad + " " + MONTHS[am] + " – " + dayText(last);
          }
          if (wholeMonths) return MONTHS[am] + " " + ay + " – " + MONTHS[bm] + " " + by;
          return dayText(first) + " – " + dayText(last);
        }
        // As precise as known; an imprecise time with the span it covers.
        function label(event) {
          const t = event.time, s = days(t.start), e = days(t.end);
          let text;
          if (s === null || e === null) text = t.value;
          else if (t.start.includes("T")) text = dayText(s) + " " + t.start.slice(11, 16);
          else if (e - s <= 1) text = dayText(s);
          else {
            const name = t.granularity === "year" ? t.start.slice(0, 4)
              : t.granularity === "month" ? MONTHS[+t.start.slice(5, 7) - 1] + " " + t.start.slice(0, 4)
              : t.granularity === "decade" || t.granularity === "century" ? t.start.slice(0, 4) + "s" : t.value;
            const span = spanText(s, e - 1);
            text = name === span ? name : name + " (" + span + ")";
          }
          const words = { BEFORE: "before ", AFTER: "after ", BEGINS: "since ", ENDS: "until " };
          return (words[event.relation] || "") + text;
        }
        // How long or how often (`after 20 years`, `every day`), as ExtentLabel says it.
        function extentText(extent) {
          if (extent.type === "SET") return extent.expression;
          return ({ AFTER: "after ", BEFORE: "before ", BEGINS: "since " }[extent.relation] || "for ") + extent.expression;
        }
        function summaryOf(event) { return event.extent ? event.summary + " (" + extentText(event.extent) + ")" : event.summary; }
        // The event's own interval in days; an open side falls back on its time's interval.
        function interval(event) {
          let s = days(event.start), e = days(event.end);
          if (s === null) s = days(event.time.start);
          if (e === null) e = Math.max(days(event.time.end), s + 1);
          return [s, Math.max(e, s)];
        }

        async function getJSON(url) {
          const response = await fetch(url);
          const body = await response.json();
          if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
          return body;
        }
        async function load() {
          const q = $("q").value.trim(), from = $("from").value.trim(), to = $("to").value.trim();
          $("status").textContent = "Loading…";
          try {
            if (state.data) {
              const words = q.toLowerCase().split(/\s+/).filter(Boolean);
              state.events = state.data.events.filter((event) => {
                const text = (event.summary + " " + event.sentence.text + " " + event.trigger.text).toLowerCase();
                const [s, e] = interval(event);
                const lo = from ? days(expand(from, false)) : null, hi = to ? days(expand(to, true)) : null;
                return words.every((w) => text.includes(w)) && (lo === null || e > lo) && (hi === null || s < hi);
              });
            } else {
              let events = [], cursor = null;
              do {
                const params = new URLSearchParams({ limit: "1000" });
                if (q) params.set("q", q);
                if (from) params.set("from", from);
                if (to) params.set("to", to);
                if (cursor) params.set("cursor", cursor);
                const page = await getJSON("api/events?" + params);
                events = events.concat(page.events);
                cursor = page.nextCursor;
              } while (cursor);
              state.events = events;
            }
            $("status").textContent = state.events.length + (state.events.length === 1 ? " event" : " events");
            fit();
          } catch (error) {
            $("status").textContent = "Error: " + error.message;
          }
        }
        // A partial date as the first day it names, or (for the end) the first day after it.
        function expand(text, end) {
          const parts = text.split("-").map(Number);
          const date = new Date(Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1));
          if (end) {
            if (parts.length === 1) date.setUTCFullYear(date.getUTCFullYear() + 1);
            else if (parts.length === 2) date.setUTCMonth(date.getUTCMonth() + 1);
            else date.setUTCDate(date.getUTCDate() + 1);
          }
          return date.toISOString().slice(0, 10);
        }

        function fit() {
          const spans = state.events.map(interval);
          const width = $("timeline").clientWidth || 1200;
          if (!spans.length) { state.origin = days(new Date().toISOString()) - 365; state.pxPerDay = width / 730; }
          else {
            const lo = Math.min(...spans.map((s) => s[0])), hi = Math.max(...spans.map((s) => s[1]));
            const pad = Math.max(15, (hi - lo) * 0.05);
            state.origin = lo - pad;
            state.pxPerDay = Math.min(60, Math.max(0.002, (width - 360) / (hi - lo + 2 * pad)));
          }
          draw();
        }
        function zoom(factor, anchorX) {
          const view = $("timeline"), x = anchorX === undefined ? view.clientWidth / 2 : anchorX;
          const day = state.origin + (view.scrollLeft + x) / state.pxPerDay;
          state.pxPerDay = Math.min(200, Math.max(0.002, state.pxPerDay * factor));
          draw();
          view.scrollLeft = (day - state.origin) * state.pxPerDay - x;
        }

        // Ticks: days, months, years or decades, whichever leaves room for their labels.
        function ticks(lo, hi) {
          const out = [], px = state.pxPerDay;
          const first = new Date(lo * DAY);
          if (px >= 24) {
            for (let d = Math.floor(lo); d <= hi; d++) {
              const date = new Date(d * DAY), major = date.getUTCDate() === 1;
              out.push([d, major ? MONTHS[date.getUTCMonth()] + " " + date.getUTCFullYear() : String(date.getUTCDate()), major]);
            }
          } else if (px >= 1.2) {
            for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
              const d = Date.UTC(y, m, 1) / DAY;
              if (d > hi) break;
              const month = ((m % 12) + 12) % 12, year = y + Math.floor(m / 12);
              out.push([d, month === 0 ? String(year) : MONTHS[month], month === 0]);
            }
          } else {
            const step = px >= 0.15 ? 1 : px >= 0.02 ? 10 : 100;
            for (let y = Math.floor(first.getUTCFullYear() / step) * step; ; y += step) {
              const d = Date.UTC(y, 0, 1) / DAY;
              if (d > hi) break;
              out.push([d, String(y) + (step === 10 ? "s" : ""), y % (step * 10) === 0]);
            }
          }
          return out;
        }

        function draw() {
          const view = $("timeline"), axis = $("axis"), lanes = $("lanes");
          const spans = state.events.map(interval);
          const hi = spans.length ? Math.max(...spans.map((s) => s[1])) : state.origin + 730;
          const totalDays = Math.max(hi - state.origin + 60, view.clientWidth / state.pxPerDay);
          const width = Math.ceil(totalDays * state.pxPerDay) + 400;
          $("canvas").style.width = width + "px";
          axis.textContent = "";
          for (const [d, text, major] of ticks(state.origin, state.origin + width / state.pxPerDay)) {
            const tick = document.createElement("div");
            tick.className = "tick" + (major ? " major" : "");
            tick.style.left = ((d - state.origin) * state.pxPerDay).toFixed(1) + "px";
            tick.textContent = text;
            axis.appendChild(tick);
          }
          // Chronological, each on the first lane free from its start (labels take room too).
          const order = state.events.map((event, i) => i).sort((a, b) => spans[a][0] - spans[b][0] || spans[a][1] - spans[b][1]);
          const laneEnds = [];
          lanes.textContent = "";
          for (const i of order) {
            const event = state.events[i], [s, e] = spans[i];
            const left = (s - state.origin) * state.pxPerDay, barWidth = Math.max(12, (e - s) * state.pxPerDay);
            const labelWidth = Math.min(340, summaryOf(event).length * 7 + 12);
            let lane = laneEnds.findIndex((end) => end <= left);
            if (lane < 0) { lane = laneEnds.length; laneEnds.push(0); }
            laneEnds[lane] = left + barWidth + labelWidth + 16;
            const node = document.createElement("div");
            node.className = "event " + (e - s > 1.0001 ? "span" : "point") + (state.selected === event.id ? " selected" : "");
            node.dataset.id = event.id;
            node.dataset.start = event.start || event.time.start;
            node.dataset.trigger = event.trigger.text;
            node.style.left = left.toFixed(1) + "px";
            node.style.top = (8 + lane * 34) + "px";
            node.title = label(event) + " — " + summaryOf(event);
            const bar = document.createElement("span");
            bar.className = "bar";
            bar.style.width = barWidth.toFixed(1) + "px";
            const text = document.createElement("span");
            text.className = "label";
            text.textContent = summaryOf(event);
            node.append(bar, text);
            node.tabIndex = 0;
            node.setAttribute("role", "button");
            node.addEventListener("click", () => show(event));
            node.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(event); } });
            lanes.appendChild(node);
          }
          lanes.style.height = (16 + laneEnds.length * 34) + "px";
          const list = $("list");
          list.textContent = "";
          for (const i of order) {
            const event = state.events[i], item = document.createElement("li");
            const when = document.createElement("span");
            when.className = "when";
            when.textContent = label(event);
            item.append(when, summaryOf(event) + " — " + sourceName(event.document));
            item.addEventListener("click", () => show(event));
            list.appendChild(item);
          }
        }
        function sourceName(doc) { return doc.title || doc.name; }

        async function documentOf(id) {
          if (state.data) return state.data.documents[String(id)];
          if (!state.documents[id]) state.documents[id] = await getJSON("api/documents/" + id);
          return state.documents[id];
        }
        // The event in its document: the sentence marked, and in it the time expression and the trigger.
        async function show(event) {
          state.selected = event.id;
          history.replaceState(null, "", "#event=" + event.id);
          for (const node of document.querySelectorAll(".event")) node.classList.toggle("selected", node.dataset.id == event.id);
          $("detail").hidden = false;
          $("detail-summary").textContent = summaryOf(event);
          $("detail-when").textContent = label(event) + " · “" + event.time.text + "” (" + event.time.value + ")"
            + (event.extent ? " · " + extentText(event.extent) + " (" + event.extent.value + ")" : "");
          $("detail-source").textContent = sourceName(event.document) + " · " + event.document.name + " · published " + event.document.published;
          const bodyNode = $("detail-body");
          bodyNode.textContent = "Loading…";
          try {
            const detail = await documentOf(event.document.id);
            const body = Array.from(detail && detail.body ? detail.body : event.sentence.text);
            const base = detail && detail.body ? 0 : event.sentence.start;
            const marks = [[event.time.offsets.start, event.time.offsets.end, "time"], [event.trigger.start, event.trigger.end, "trigger"]]
              .concat(event.extent ? [[event.extent.start, event.extent.end, "extent"]] : [])
              .map(([s, e, c]) => [s - base, e - base, c]).filter(([s, e]) => s >= 0 && e <= body.length && s < e).sort((a, b) => a[0] - b[0]);
            const sentence = [event.sentence.start - base, event.sentence.end - base];
            bodyNode.textContent = "";
            const piece = (s, e) => document.createTextNode(body.slice(s, e).join(""));
            bodyNode.appendChild(piece(0, sentence[0]));
            const mark = document.createElement("mark");
            mark.className = "sentence";
            let at = sentence[0];
            for (const [s, e, c] of marks) {
              if (s < at || e > sentence[1]) continue;
              mark.appendChild(piece(at, s));
              const inner = document.createElement("mark");
              inner.className = c;
              inner.textContent = body.slice(s, e).join("");
              mark.appendChild(inner);
              at = e;
            }
            mark.appendChild(piece(at, sentence[1]));
            bodyNode.appendChild(mark);
            bodyNode.appendChild(piece(sentence[1], body.length));
            // Scroll the document's box (not the page) to the sentence.
            bodyNode.scrollTop = Math.max(0, mark.offsetTop - bodyNode.offsetTop - bodyNode.clientHeight / 3);
          } catch (error) {
            bodyNode.textContent = "Error: " + error.message;
          }
        }

        // ?q=&from=&to= fill the fields, and the fields are kept in the address, so a view can be linked to.
        const query = new URLSearchParams(location.search);
        for (const name of ["q", "from", "to"]) $(name).value = query.get(name) || "";
        $("filters").addEventListener("submit", (e) => {
          e.preventDefault();
          const params = new URLSearchParams();
          for (const name of ["q", "from", "to"]) if ($(name).value.trim()) params.set(name, $(name).value.trim());
          history.replaceState(null, "", (params.toString() ? "?" + params : location.pathname) + location.hash);
          load();
        });
        $("zoom-in").addEventListener("click", () => zoom(2));
        $("zoom-out").addEventListener("click", () => zoom(0.5));
        $("zoom-fit").addEventListener("click", fit);
        $("close").addEventListener("click", () => { $("detail").hidden = true; });
        $("timeline").addEventListener("wheel", (e) => {
          if (!e.ctrlKey && Math.abs(e.deltaY) <= Math.abs(e.deltaX)) return;
          if (!e.ctrlKey && !e.altKey) { $("timeline").scrollLeft += e.deltaY; e.preventDefault(); return; }
          e.preventDefault();
          zoom(e.deltaY < 0 ? 1.25 : 0.8, e.clientX - $("timeline").getBoundingClientRect().left);
        }, { passive: false });
        $("timeline").addEventListener("keydown", (e) => {
          if (e.key === "+" || e.key === "=") zoom(2);
          else if (e.key === "-") zoom(0.5);
          else if (e.key === "0") fit();
        });
        window.addEventListener("resize", draw);
        // #event=ID opens that event, so a view of one event can be linked to.
        load().then(() => {
          const wanted = /event=(\d+)/.exec(location.hash);
          const event = wanted && state.events.find((e) => String(e.id) === wanted[1]);
          if (event) show(event);
        });

        """#
}
