import Dashboard
import DurableAPI
import Foundation
import HubKit
import Testing

@Suite("Purge by filter dialog")
struct PurgeByFilterDialogTests {
    private func openDialog() throws -> ActionDialog {
        try ActionDialog(
            .purgeByFilter,
            targets: .none,
            permit: testPermit,
            operatorName: "ops@box",
            createdFrom: Date(timeIntervalSince1970: 1_773_100_800)
        )
    }

    @Test("confirm first asks for a dry-run count, then requires typing it")
    func dryRunThenCount() throws {
        var purge = try openDialog()
        #expect(purge.fields.map(\.input.text) == ["2026-03-10T00:00:00Z", "", "Completed,Failed,Terminated"])
        #expect(purge.confirmLabel == "Count")
        let filter = PurgeFilter(
            createdFrom: Date(timeIntervalSince1970: 1_773_100_800),
            statuses: [.completed, .failed, .terminated]
        )
        #expect(confirm(&purge) == .dryRunRequested(filter))
        #expect(purge.dryRun == .counting(filter))
        purge.recordDryRun(count: 12, for: filter)
        #expect(purge.confirmLabel == "Purge 12")
        #expect(purge.focus == .field(3))
        #expect(purge.problem == "type 12 to confirm")
        type("12", into: &purge)
        #expect(confirm(&purge) == .confirmed(ActionPlan(request: .purgeByFilter(filter), targets: [])))
    }

    @Test("editing the filter after the count forgets it, so the new filter is counted again")
    func editingForgetsCount() throws {
        var purge = try openDialog()
        guard case .dryRunRequested(let filter) = confirm(&purge) else {
            Issue.record("expected a dry run")
            return
        }
        purge.recordDryRun(count: 2, for: filter)
        focus(.statuses, in: &purge)
        _ = purge.handle(.control("u"))
        type("failed", into: &purge)
        #expect(purge.dryRun == .notCounted)
        #expect(purge.fieldIndex(.count) == nil)
        let recount = confirm(&purge)
        #expect(recount == .dryRunRequested(PurgeFilter(createdFrom: filter.createdFrom, statuses: [.failed])))
        purge.recordDryRun(count: 5, for: filter)
        #expect(purge.dryRun == .counting(PurgeFilter(createdFrom: filter.createdFrom, statuses: [.failed])))
    }

    @Test("a bad time or status is named, and a zero count cannot be confirmed")
    func problems() throws {
        var purge = try openDialog()
        focus(.createdTo, in: &purge)
        type("yesterday", into: &purge)
        #expect(purge.problem == "Created to (optional): not a time like 2026-03-10T00:00:00Z")
        #expect(confirm(&purge) == .editing)
        focus(.createdTo, in: &purge)
        _ = purge.handle(.control("u"))
        focus(.statuses, in: &purge)
        type(",Sleeping", into: &purge)
        #expect(purge.problem == "Statuses: unknown status 'Sleeping'")
        for _ in 0..<9 {
            _ = purge.handle(.backspace)
        }
        guard case .dryRunRequested(let filter) = confirm(&purge) else {
            Issue.record("expected a dry run")
            return
        }
        purge.recordDryRun(count: 0, for: filter)
        #expect(purge.problem == "nothing matches this filter")
        #expect(confirm(&purge) == .editing)
    }
}
