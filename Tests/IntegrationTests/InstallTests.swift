import Foundation
import Testing

/// `make install` lays out programs, man pages and shell completions; the completions complete.
struct InstallTests {
    /// Runs `make install-files` (what `make install` copies after its release build) into a scratch `DESTDIR`.
    static func installed(_ scratch: Scratch) throws -> String {
        let destination = scratch.path("dest")
        let result = try runCommand(
            "/usr/bin/make",
            [
                "-C", Paths.repository.path, "install-files", "DESTDIR=\(destination)", "PREFIX=/usr",
                "BIN=\(Paths.binaries.path)",
            ],
            timeout: 120)
        #expect(result.status == 0, "make install-files failed: \(result.stderr)")
        return destination
    }

    @Test func installsProgramsManPagesAndCompletions() throws {
        let scratch = try Scratch()
        let root = try Self.installed(scratch)
        for file in [
            "usr/bin/timelined", "usr/bin/timelinectl", "usr/share/man/man1/timelined.1",
            "usr/share/man/man1/timelinectl.1", "usr/share/bash-completion/completions/timelinectl",
            "usr/share/bash-completion/completions/timelined", "usr/share/zsh/site-functions/_timelinectl",
            "usr/share/zsh/site-functions/_timelined", "usr/share/fish/vendor_completions.d/timelinectl.fish",
            "usr/share/fish/vendor_completions.d/timelined.fish", "etc/timelined/timelined.toml",
            "usr/lib/systemd/system/timelined.service",
        ] {
            #expect(FileManager.default.fileExists(atPath: root + "/" + file), "missing \(file)")
        }
        let zsh = try String(contentsOfFile: root + "/usr/share/zsh/site-functions/_timelinectl", encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef timelinectl"))
        let fish = try String(
            contentsOfFile: root + "/usr/share/fish/vendor_completions.d/timelinectl.fish", encoding: .utf8)
        #expect(fish.contains("complete -c 'timelinectl'") || fish.contains("complete -c timelinectl"))
    }

    @Test(arguments: [
        (["timelinectl", "ex"], ["export", "extract"]),
        (["timelinectl", "se"], ["serve"]),
        (["timelinectl", "export", "--format", ""], ["timeline", "ics", "csv", "ndjson", "json", "html", "timeml"]),
    ])
    func bashCompletesSubcommandsAndFormats(words: [String], expected: [String]) throws {
        let scratch = try Scratch()
        let root = try Self.installed(scratch)
        let script = root + "/usr/share/bash-completion/completions/timelinectl"
        let line = words.joined(separator: " ")
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=\(line.count)
            _timelinectl timelinectl '\(words.last!)' '\(words[words.count - 2])'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try runCommand("/bin/bash", ["-c", program])
        let offered = Set(result.stdout.split(separator: "\n").map(String.init))
        #expect(offered.isSuperset(of: expected), "offered \(offered), stderr \(result.stderr)")
    }

    /// The man page in the repository is the one generated from the current options (`make man` renews it).
    @Test func manPageNamesEverySubcommandAndFormat() throws {
        let page = try String(
            contentsOf: Paths.repository.appendingPathComponent("man/timelinectl.1"), encoding: .utf8)
        let help = try runCommand(Paths.timelinectl, ["--help"])
        let subcommands =
            help.stdout.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.contains("See '") }
            .compactMap { $0.split(separator: " ").first.map(String.init) } ?? []
        #expect(subcommands.count >= 10, "\(help.stdout)")
        for name in subcommands { #expect(page.contains(".It Em \(name)"), "man page lacks \(name): run make man") }
        #expect(page.contains("timeline, ics, csv, ndjson, json, html or timeml"))
    }
}
