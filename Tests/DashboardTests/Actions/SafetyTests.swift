import Dashboard
import DurableAPI
import Foundation
import HubKit
import Testing

@Suite("Action safety")
struct SafetyTests {
    @Test("read-only sessions get no permit, so no dialog or runner can be made")
    func readOnly() {
        #expect(MutationPermit.granted(readOnly: true) == nil)
        #expect(MutationPermit.granted(readOnly: false) != nil)
        #expect(ActionUnavailable.readOnly(.terminate).description == "terminate: disabled in read-only mode")
    }

    @Test("the targets stay pinned when a refresh changes what the cursor points at")
    func pinning() throws {
        var state = loadedState([
            instance("first", status: .running, ageSeconds: 100),
            instance("second", status: .running, ageSeconds: 200),
        ])
        let selected = try #require(state.selectedInstance)
        var terminate = try ActionDialog(
            .terminate,
            targets: PinnedTargets(
                action: .terminate,
                candidates: [ActionCandidate(id: selected.instanceId, status: selected.runtimeStatus)]
            ),
            permit: testPermit,
            operatorName: "ops@box"
        )
        state.apply(
            .instancesComplete([instance("newer", status: .running, ageSeconds: 10)], pagesDelivered: false),
            now: fixedNow
        )
        #expect(state.selectedInstance?.instanceId != selected.instanceId)
        #expect(
            confirm(&terminate)
                == .confirmed(ActionPlan(request: .terminate(reason: "ops@box"), targets: [selected.instanceId]))
        )
    }

    @Test("which statuses each action applies to")
    func applicability() {
        #expect(OperatorAction.terminate.applies(to: .running))
        #expect(OperatorAction.terminate.applies(to: .suspended))
        #expect(!OperatorAction.terminate.applies(to: .completed))
        #expect(OperatorAction.suspend.applies(to: .pending))
        #expect(!OperatorAction.suspend.applies(to: .suspended))
        #expect(OperatorAction.resume.applies(to: .suspended))
        #expect(!OperatorAction.resume.applies(to: .running))
        #expect(OperatorAction.rewind.applies(to: .failed))
        #expect(!OperatorAction.rewind.applies(to: .terminated))
        #expect(OperatorAction.purge.applies(to: .terminated))
        #expect(!OperatorAction.purge.applies(to: .running))
        #expect(OperatorAction.restart.applies(to: .running))
    }

    @Test("host answers become readable messages")
    func failureMessages() {
        #expect(ActionFailure.message(for: .notFound("instance 'x'")) == "not found, or already purged")
        #expect(ActionFailure.message(for: .gone("instance 'x'")) == "already finished")
        #expect(
            ActionFailure.message(for: .hostError(status: 412, message: "only terminal instances can be purged"))
                == "host answered 412: only terminal instances can be purged"
        )
        #expect(ActionFailure.message(for: .unauthorized).hasPrefix("key rejected (401)"))
        #expect(ActionFailure.message(for: .forbidden).hasPrefix("key rejected (403)"))
        #expect(
            ActionFailure.message(for: .transport(.connectionFailed("refused")))
                == "no answer from the host: connection failed: refused"
        )
    }

    @Test("user@host comes from USER, then LOGNAME, and the host name")
    func identity() {
        #expect(
            OperatorIdentity.userAtHost(environment: ["USER": "ann", "LOGNAME": "x"], hostName: "jump") == "ann@jump"
        )
        #expect(OperatorIdentity.userAtHost(environment: ["LOGNAME": "bob"], hostName: "jump") == "bob@jump")
        #expect(OperatorIdentity.userAtHost(environment: [:], hostName: nil) == "unknown@unknown")
        #expect(OperatorIdentity.localHostName()?.isEmpty == false)
    }
}
