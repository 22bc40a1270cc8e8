import Foundation
import Testing

/// Debian's Chromium, headless: loads a page, runs its script, and gives back the DOM or a screenshot.
enum HeadlessChromium {
    /// `chromium` on `PATH` (`make test` installs it with apt).
    static func path() throws -> String {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        Issue.record("chromium not found on PATH: `make deps` installs it (apt-get install chromium)")
        throw Missing()
    }

    struct Missing: Error {}

    /// The DOM after the page's scripts ran (virtual time lets its fetches and timers finish first).
    static func dumpDOM(_ url: String, scratch: Scratch) throws -> String {
        let result = try runCommand(
            try path(),
            flags(scratch) + ["--virtual-time-budget=15000", "--dump-dom", url], timeout: 120)
        #expect(result.status == 0, "chromium failed: \(result.stderr.suffix(2000))")
        return result.stdout
    }

    static func flags(_ scratch: Scratch) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", "--disable-background-networking", "--window-size=1280,800",
            "--user-data-dir=\(scratch.path("chromium"))",
        ]
    }

    /// The events the page drew: trigger word and left edge in pixels, in DOM order.
    static func drawnEvents(_ dom: String) -> [(trigger: String, left: Double)] {
        dom.components(separatedBy: "<div class=\"event ").dropFirst().compactMap { chunk in
            let tag = chunk.prefix { $0 != ">" }
            guard let trigger = attribute("data-trigger", in: String(tag)),
                let style = attribute("style", in: String(tag)),
                let leftRange = style.range(of: "left: "),
                let left = Double(style[leftRange.upperBound...].prefix { $0 != "p" })
            else { return nil }
            return (trigger, left)
        }
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }
}
