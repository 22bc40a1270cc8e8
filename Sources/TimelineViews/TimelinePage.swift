/// The single-page web view of the timeline: `timelinectl serve` serves it, `export --format html` inlines the data.
///
/// Everything it needs is in this one page (styles and script inline, no fonts or libraries from the network).
/// Without inlined data it reads `api/events` and `api/documents/{id}` from the server that sent it.
public enum TimelinePage {
    /// The page; `data` is JSON `{"events": [...], "documents": {"ID": {"document": ..., "body": ...}}}` to show
    /// instead of asking a server.
    public static func html(data: String? = nil) -> String {
        var page = head + "<style>\n" + style + "</style>\n</head>\n" + body
        if let data {
            page += "<script id=\"timeline-data\" type=\"application/json\">" + scriptSafe(data) + "</script>\n"
        }
        return page + "<script>\n" + script + "</script>\n</body>\n</html>\n"
    }

    /// JSON made safe inside `<script>`: every `<` (only ever inside a JSON string) is written `\u003c`, so no
    /// `</script>` or `<!--` in a document's body can end the element.
    static func scriptSafe(_ json: String) -> String {
        var safe = ""
        for scalar in json.unicodeScalars {
            if scalar == "<" { safe += "\\u003c" } else { safe.unicodeScalars.append(scalar) }
        }
        return safe
    }

    static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>timelined</title>

        """

    static let body = """
        <body>
        <header>
          <h1>timelined</h1>
          <form id="filters">
            <input id="q" type="search" placeholder="Search events" aria-label="Search events">
            <input id="from" placeholder="from 2021" size="10" aria-label="From (YYYY, YYYY-MM or YYYY-MM-DD)">
            <input id="to" placeholder="to 2022-06" size="10" aria-label="To (YYYY, YYYY-MM or YYYY-MM-DD)">
            <button type="submit">Show</button>
          </form>
          <div id="zoom" role="group" aria-label="Zoom">
            <button id="zoom-out" title="Zoom out (years)">−</button>
            <button id="zoom-fit" title="Fit all events">Fit</button>
            <button id="zoom-in" title="Zoom in (days)">+</button>
          </div>
          <span id="status" role="status"></span>
        </header>
        <main>
          <section id="timeline" tabindex="0" aria-label="Timeline">
            <div id="canvas"><div id="axis"></div><div id="lanes"></div></div>
          </section>
          <section id="detail" hidden>
            <button id="close" title="Close">×</button>
            <h2 id="detail-summary"></h2>
            <p id="detail-when"></p>
            <p id="detail-source"></p>
            <div id="detail-body"></div>
          </section>
          <ol id="list" aria-label="Events in order"></ol>
        </main>

        """

    static let style = """
        :root { --ink: #1d2433; --muted: #667085; --line: #d0d5dd; --accent: #2f6fde; --span: #9db8f0; --bg: #fbfbfd; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
          background: var(--bg); }
        header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 16px;
          border-bottom: 1px solid var(--line); background: #fff; position: sticky; top: 0; z-index: 5; }
        h1 { font-size: 18px; margin: 0 8px 0 0; }
        input, button { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px;
          background: #fff; }
        button { cursor: pointer; }
        #q { width: 16em; }
        #status { color: var(--muted); margin-left: auto; }
        #timeline { overflow-x: auto; overflow-y: hidden; border-bottom: 1px solid var(--line); background: #fff;
          outline: none; }
        #canvas { position: relative; min-height: 120px; }
        #axis { position: relative; height: 44px; border-bottom: 1px solid var(--line); }
        .tick { position: absolute; top: 0; height: 44px; border-left: 1px solid var(--line); padding: 2px 4px;
          font-size: 12px; color: var(--muted); white-space: nowrap; }
        .tick.major { border-left-color: #98a2b3; color: var(--ink); font-weight: 600; }
        #lanes { position: relative; }
        .event { position: absolute; height: 30px; display: flex; align-items: center; gap: 6px; cursor: pointer;
          white-space: nowrap; font-size: 13px; }
        .event .bar { height: 12px; border-radius: 6px; background: var(--span); border: 1px solid var(--accent);
          flex: none; }
        .event.point .bar { width: 12px !important; background: var(--accent); }
        .event .label { overflow: hidden; text-overflow: ellipsis; max-width: 340px; }
        .event:hover .label, .event.selected .label { text-decoration: underline; }
        .event.selected .bar { background: #f5b942; border-color: #b7791f; }
        #detail { position: relative; margin: 16px; padding: 12px 16px; background: #fff; border: 1px solid var(--line);
          border-radius: 8px; }
        #detail h2 { margin: 0 0 4px; font-size: 17px; }
        #detail p { margin: 2px 0; color: var(--muted); }
        #close { position: absolute; right: 10px; top: 8px; }
        #detail-body { position: relative; margin-top: 10px; white-space: pre-wrap; max-height: 50vh; overflow: auto; padding: 8px;
          background: var(--bg); border-radius: 6px; }
        mark.sentence { background: #fff3c4; }
        mark.time { background: #c7dafc; }
        mark.trigger { background: #f5b942; }
        mark.extent { background: #d6f0d0; }
        #list { margin: 16px; padding-left: 24px; }
        #list li { margin: 2px 0; cursor: pointer; }
        #list .when { color: var(--muted); display: inline-block; min-width: 16em; margin-right: 1em; }

        """
}
