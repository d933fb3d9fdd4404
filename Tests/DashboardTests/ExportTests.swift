import DurableAPI
import Foundation
import HubKit
import Testing

@testable import Dashboard

@Suite("Export and the saved-instance source")
struct ExportTests {
    @Test("Y in the instance detail asks to write its JSON, secrets masked, to ./ID.json")
    func exportKey() throws {
        let secret = JSONValue.object(["Authorization": .string("Bearer abc.def.ghi")])
        var state = loadedState([instance("ord/1", customStatus: secret)])
        press([.enter], on: &state)
        let effects = state.handle(.character("Y"), now: fixedNow)
        guard case .export(let path, let text)? = effects.first else {
            Issue.record("no export effect: \(effects)")
            return
        }
        #expect(path == "ord_1.json")
        #expect(!text.contains("abc.def.ghi"))
        let saved = try OrchestrationStatus(json: JSONValue(parsing: text))
        #expect(saved.instanceId == "ord/1")
        state.exported(to: path, error: nil, now: fixedNow)
        #expect(state.flash?.text == "exported to ord_1.json (secrets masked)")
    }

    @Test(":export PATH names the file; outside an instance it says what to do")
    func exportCommand() {
        var state = loadedState([instance("a")])
        type(":export /tmp/x.json", on: &state)
        #expect(state.flash?.text == "export: open an instance first")
        press([.enter], on: &state)
        let effects =
            state.handle(.character(":"), now: fixedNow)
            + "export /tmp/x.json".map { state.handle(.character($0), now: fixedNow) }.joined()
            + state.handle(.enter, now: fixedNow)
        #expect(effects.contains { if case .export(path: "/tmp/x.json", _) = $0 { true } else { false } })
    }

    @Test("odd ids become safe file names")
    func fileNames() {
        #expect(DashboardState.exportFileName(for: "ord-20240501_0042.v2") == "ord-20240501_0042.v2.json")
        #expect(DashboardState.exportFileName(for: "@counter@a b") == "_counter_a_b.json")
        #expect(DashboardState.exportFileName(for: "../etc/passwd") == "instance.._etc_passwd.json")
    }

    @Test("a saved instance is the whole hub: listed without history, its detail with it, nothing else")
    func savedSource() async throws {
        let events = [try event(#"{"EventType":"ExecutionStarted","Timestamp":"2026-03-10T11:50:00Z","Name":"P"}"#)]
        let source = SavedInstanceSource(status: instance("saved-1", history: events))
        var pages: [[OrchestrationStatus]] = []
        for try await page in source.instances(InstanceQuery()) {
            pages.append(page)
        }
        #expect(pages.count == 1)
        #expect(pages[0].map(\.instanceId) == ["saved-1"])
        #expect(pages[0][0].historyEvents == nil)
        let detail = try await source.instance("saved-1", options: StatusOptions(showHistory: true))
        #expect(detail.historyEvents?.count == 1)
        await #expect(throws: DurableAPIError.self) {
            try await source.instance("other", options: StatusOptions())
        }
    }
}

@Suite("A pasted instance link")
struct OpenInstanceTests {
    @Test("the named instance opens over the list, and Esc goes to the list")
    func opensOverTheList() {
        let options = DashboardOptions(endpointHost: "localhost:7071", openInstanceID: "ord-1")
        var state = DashboardState(options: options)
        #expect(state.current == .instanceDetail(InstanceDetailState(instanceID: "ord-1", status: nil)))
        #expect(state.pollDemand.detailInstanceID == "ord-1")
        press([.escape], on: &state)
        #expect(state.current == .instances)
    }
}
