import Dashboard
import DurableAPI
import Foundation
import HubKit
import Testing

@Suite("Action dialogs")
struct ActionDialogTests {
    @Test("focus starts on Cancel, and Enter there cancels")
    func focusStartsOnCancel() throws {
        var terminate = try dialog(.terminate, [("order-1", .running)])
        #expect(terminate.focus == .cancel)
        #expect(terminate.handle(.enter) == .cancelled)
    }

    @Test("Esc cancels from a field")
    func escapeCancels() throws {
        var terminate = try dialog(.terminate, [("order-1", .running)])
        _ = terminate.handle(.tab)
        #expect(terminate.focus == .field(0))
        #expect(terminate.handle(.escape) == .cancelled)
    }

    @Test("the reason is pre-filled with user@host and confirm sends it")
    func reasonPrefilled() throws {
        var terminate = try dialog(.terminate, [("order-1", .running)], operatorName: "alice@jump")
        #expect(terminate.fields[0].input.text == "alice@jump")
        #expect(terminate.title == "Terminate 1 instance")
        #expect(
            confirm(&terminate)
                == .confirmed(ActionPlan(request: .terminate(reason: "alice@jump"), targets: ["order-1"]))
        )
    }

    @Test("Tab goes through the fields, Confirm, Cancel and around; Shift-Tab goes back")
    func tabOrder() throws {
        var raise = try dialog(.raiseEvent, [("order-1", .running)])
        var seen: [ActionDialog.Focus] = []
        for _ in 0..<4 {
            _ = raise.handle(.tab)
            seen.append(raise.focus)
        }
        #expect(seen == [.field(0), .field(1), .confirm, .cancel])
        _ = raise.handle(.backTab)
        #expect(raise.focus == .confirm)
        _ = raise.handle(.left)
        #expect(raise.focus == .cancel)
    }

    @Test("text fields insert at the cursor, delete before it, and move with the arrows")
    func editing() throws {
        var terminate = try dialog(.terminate, [("order-1", .running)], operatorName: "")
        focus(.reason, in: &terminate)
        type("helo", into: &terminate)
        _ = terminate.handle(.left)
        _ = terminate.handle(.character("l"))
        #expect(terminate.fields[0].input.text == "hello")
        _ = terminate.handle(.home)
        _ = terminate.handle(.character(">"))
        _ = terminate.handle(.end)
        _ = terminate.handle(.backspace)
        _ = terminate.handle(.right)
        #expect(terminate.fields[0].input.text == ">hell")
        #expect(terminate.fields[0].input.cursor == 5)
        _ = terminate.handle(.character("\u{1B}"))
        #expect(terminate.fields[0].input.text == ">hell")
    }

    @Test("raise event validates the payload as it is typed; confirm is refused while it is wrong")
    func payloadValidation() throws {
        var raise = try dialog(.raiseEvent, [("order-1", .running)])
        focus(.eventName, in: &raise)
        type("ApprovalEvent", into: &raise)
        focus(.payload, in: &raise)
        type("{\"approved\": tru", into: &raise)
        let problem = try #require(raise.problem)
        #expect(problem.hasPrefix("Payload (JSON): invalid JSON at byte"))
        #expect(confirm(&raise) == .editing)
        #expect(raise.refusal == problem)
        focus(.payload, in: &raise)
        type("e}", into: &raise)
        #expect(raise.problem == nil)
        let expected = ActionPlan(
            request: .raiseEvent(name: "ApprovalEvent", payload: ["approved": true]),
            targets: ["order-1"]
        )
        #expect(confirm(&raise) == .confirmed(expected))
    }

    @Test("an empty payload sends null; an empty event name is refused")
    func emptyPayloadIsNull() throws {
        var raise = try dialog(.raiseEvent, [("order-1", .suspended)])
        #expect(raise.problem == "Event is required")
        focus(.eventName, in: &raise)
        type("Go", into: &raise)
        #expect(
            confirm(&raise)
                == .confirmed(ActionPlan(request: .raiseEvent(name: "Go", payload: .null), targets: ["order-1"]))
        )
    }

    @Test("bulk actions require typing the count")
    func bulkNeedsCount() throws {
        var terminate = try dialog(.terminate, [("a", .running), ("b", .pending), ("c", .running)])
        #expect(terminate.title == "Terminate 3 instances")
        #expect(terminate.confirmLabel == "Terminate 3")
        #expect(terminate.problem == "type 3 to confirm")
        #expect(confirm(&terminate) == .editing)
        focus(.count, in: &terminate)
        type("4", into: &terminate)
        #expect(confirm(&terminate) == .editing)
        focus(.count, in: &terminate)
        _ = terminate.handle(.backspace)
        type("3", into: &terminate)
        let outcome = confirm(&terminate)
        #expect(outcome == .confirmed(ActionPlan(request: .terminate(reason: "ops@box"), targets: ["a", "b", "c"])))
    }

    @Test("purging even one instance requires typing the count")
    func purgeNeedsCount() throws {
        var purge = try dialog(.purge, [("done-1", .completed)])
        #expect(purge.problem == "type 1 to confirm")
        focus(.count, in: &purge)
        type("1", into: &purge)
        #expect(confirm(&purge) == .confirmed(ActionPlan(request: .purge, targets: ["done-1"])))
    }

    @Test("targets the action does not apply to are skipped and named; none left means no dialog")
    func skipsInapplicable() throws {
        let terminate = try dialog(.terminate, [("a", .running), ("b", .completed), ("c", .failed)])
        #expect(terminate.targets.ids == ["a"])
        #expect(terminate.targets.skipped.map(\.id) == ["b", "c"])
        #expect(terminate.targets.skipped.map(\.reason) == ["Completed", "Failed"])
        #expect(throws: ActionUnavailable.noTargets(.resume, skipped: 1)) {
            try dialog(.resume, [("a", .running)])
        }
        #expect(
            ActionUnavailable.noTargets(.resume, skipped: 1).description == "resume: not applicable to the selected row"
        )
    }

    @Test("restart offers a new or the same id, switched with Space")
    func restartChoice() throws {
        var restart = try dialog(.restart, [("order-1", .completed)])
        focus(.restartID, in: &restart)
        _ = restart.handle(.character(" "))
        #expect(restart.fields[0].input.text == "same id")
        #expect(
            confirm(&restart) == .confirmed(ActionPlan(request: .restart(newInstanceID: false), targets: ["order-1"]))
        )
    }

    @Test("start takes a name, an optional id and JSON input, with no targets")
    func startRequest() throws {
        var start = try ActionDialog(.start, targets: .none, permit: testPermit, operatorName: "ops@box")
        #expect(start.title == "Start a new orchestration")
        focus(.orchestrator, in: &start)
        type("Approval", into: &start)
        focus(.input, in: &start)
        type("[1,2]", into: &start)
        let expected = ActionPlan(request: .start(name: "Approval", instanceID: nil, input: [1, 2]), targets: [])
        #expect(confirm(&start) == .confirmed(expected))
    }

    @Test("entity signal applies to entities only and sends the operation and input")
    func signal() throws {
        let candidates = [
            ActionCandidate(id: "@counter@a", status: nil), ActionCandidate(id: "order-1", status: .running),
        ]
        var signal = try ActionDialog(
            .signalEntity,
            targets: PinnedTargets(action: .signalEntity, candidates: candidates),
            permit: testPermit,
            operatorName: "ops@box"
        )
        #expect(signal.targets.ids == ["@counter@a"])
        focus(.operation, in: &signal)
        type("add", into: &signal)
        focus(.input, in: &signal)
        type("5", into: &signal)
        #expect(
            confirm(&signal)
                == .confirmed(ActionPlan(request: .signal(operation: "add", input: 5), targets: ["@counter@a"]))
        )
    }
}
