import Testing

@testable import HubKit

@Suite("Hub summaries")
struct HubSummaryTests {
    @Test("trouble sorts first: problems, then more attention, then more recent failures, then by name")
    func troubleFirst() {
        let rows: [(name: String, summary: HubSummary)] = [
            ("quiet-b", HubSummary()),
            ("failing", HubSummary(failuresLastHour: 4)),
            ("quiet-a", HubSummary()),
            ("busy", HubSummary(failuresLastHour: 9, attention: 2)),
            ("dead", HubSummary(problem: .unreachable)),
            ("burning", HubSummary(failuresLastHour: 1, attention: 7)),
            ("failing-more", HubSummary(failuresLastHour: 5)),
            ("refused", HubSummary(attention: 3, problem: .keyRefused)),
        ]
        let order = rows.sorted(by: HubSummary.troubleFirst).map(\.name)
        #expect(order == ["refused", "dead", "burning", "busy", "failing-more", "failing", "quiet-a", "quiet-b"])
        #expect(rows.map(\.summary.troubleRank) == [3, 2, 3, 1, 0, 1, 2, 0])
    }
}
