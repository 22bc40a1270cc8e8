import Foundation
import Testing

/// The service unit's sandbox, scored by systemd itself.
struct HardeningTests {
    @Test func theServiceScoresAtMost1Point5() throws {
        let scratch = try Scratch()
        var text = try String(
            contentsOf: Paths.repository.appendingPathComponent("systemd/timelined.service"), encoding: .utf8)
        text = text.replacingOccurrences(of: "/usr/local/bin/timelined", with: Paths.timelined)
        try Data(text.utf8).write(to: URL(fileURLWithPath: scratch.path("timelined.service")))
        let result = try runCommand(
            "/usr/bin/systemd-analyze",
            ["security", "--offline=true", "--man=no", "--threshold=15", scratch.path("timelined.service")])
        let line = result.stdout.split(separator: "\n").first { $0.contains("Overall exposure level") } ?? ""
        let score = line.split(separator: " ").compactMap { Double($0) }.first
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(score != nil && score! <= 1.5, "\(line)")
    }
}
