import Testing

@testable import TimelineDaemon

/// The pre-check before `limit` is looked for among a request's parsed parameters: every query that has a
/// parameter named `limit` passes it (Hummingbird's keys are the text before `=`, not percent-decoded).
@Test(
    arguments: [
        ("limit=51", true), ("from=2021&limit=51", true), ("limit", true), ("limit=", true), ("a&limit=1&b", true),
        ("limits=3", true), ("from=2021", false), ("q=unlimited", false), ("xlimit=5", false), ("", false),
        ("q=a&&limi", false), ("li%6Dit=51", false),
    ])
func aLimitParameterIsNeverMissed(query: String, mayName: Bool) {
    #expect(APILimits.mayName(Array("limit".utf8), query) == mayName)
}
