import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Client against sim: instance lists and paging")
struct ListAndPagingTests {
    @Test("Paging follows every token to the last page, whose token header is present and empty")
    func pagesToTheEnd() async throws {
        try await withClientAgainstSim { sim in
            let ids = (1...7).map { "pg-\($0)" }
            for id in ids {
                try await sim.start("ApprovalWorkflow", id)
            }
            var pages: [[String]] = []
            for try await page in sim.client.instances(InstanceQuery(instanceIDPrefix: "pg-", pageSize: 3)) {
                pages.append(page.map(\.instanceId))
            }
            #expect(pages == [["pg-1", "pg-2", "pg-3"], ["pg-4", "pg-5", "pg-6"], ["pg-7"]])

            let lists = await sim.recorder.exchanges.filter { $0.request.url.contains("/instances?") }
            #expect(lists.count == 3)
            let sentTokens = lists.map { $0.request.headers["x-ms-continuation-token"] }
            let gotTokens = lists.map { $0.response?.headers["x-ms-continuation-token"] }
            #expect(sentTokens[0] == nil)
            #expect(sentTokens.dropFirst().map { $0 } == gotTokens.dropLast().map { $0 })
            #expect(gotTokens.dropLast().allSatisfy { $0?.isEmpty == false })
            #expect(gotTokens.last == "")
            #expect(lists.allSatisfy { $0.request.url.contains("top=3") })
        }
    }

    @Test("A full page whose token leads to an empty page ends paging when the header is omitted")
    func emptyLastPage() async throws {
        try await withClientAgainstSim({ $0.sendsEmptyContinuationToken = false }) { sim in
            for id in ["fl-1", "fl-2", "fl-3", "fl-4"] {
                try await sim.start("ApprovalWorkflow", id)
            }
            try await sim.start("HelloSequence", "zz-done")
            await sim.host.advance(by: 60)
            var pages: [[String]] = []
            for try await page in sim.client.instances(InstanceQuery(statuses: [.running], pageSize: 2)) {
                pages.append(page.map(\.instanceId))
            }
            #expect(pages == [["fl-1", "fl-2"], ["fl-3", "fl-4"], []])
            let last = await sim.recorder.exchanges.last?.response
            #expect(last?.status == 200)
            #expect(last?.headers["x-ms-continuation-token"] == nil)
        }
    }

    @Test("Short and empty pages that still carry a token are followed (scan budget)")
    func shortAndEmptyPages() async throws {
        try await withClientAgainstSim({ $0.scanBudget = 2 }) { sim in
            for id in ["sp-1", "sp-2", "sp-3", "sp-4", "sp-5"] {
                try await sim.start("HelloSequence", id)
            }
            try await sim.start("ApprovalWorkflow", "sp-6")
            await sim.host.advance(by: 60)
            var pages: [[String]] = []
            for try await page in sim.client.instances(InstanceQuery(statuses: [.running])) {
                pages.append(page.map(\.instanceId))
            }
            #expect(pages == [[], [], ["sp-6"]])
            let counts = try await sim.client.countInstances(InstanceQuery(statuses: [.completed]))
            #expect(counts.byStatus == [.completed: 5])
            #expect(counts.pages == 3)
        }
    }

    @Test("Filters: runtime status, id prefix, created-time window and showInput=false")
    func filters() async throws {
        try await withClientAgainstSim { sim in
            let early = await sim.host.now
            try await sim.start("HelloSequence", "ft-old-done", input: ["Oslo"])
            try await sim.start("ApprovalWorkflow", "ft-old-waiting", input: ["timeoutSeconds": 86_400])
            await sim.host.advance(by: 3600)
            let late = await sim.host.now
            try await sim.start("ApprovalWorkflow", "ft-new-waiting")
            await sim.host.advance(by: 60)

            let completed = try await sim.allInstances(InstanceQuery(statuses: [.completed]))
            #expect(completed.map(\.instanceId) == ["ft-old-done"])
            let running = try await sim.allInstances(InstanceQuery(statuses: [.running, .pending]))
            #expect(running.map(\.instanceId) == ["ft-new-waiting", "ft-old-waiting"])
            let prefixed = try await sim.allInstances(InstanceQuery(instanceIDPrefix: "ft-old-"))
            #expect(prefixed.map(\.instanceId) == ["ft-old-done", "ft-old-waiting"])

            let newOnes = try await sim.allInstances(InstanceQuery(createdFrom: late.addingTimeInterval(-1)))
            #expect(newOnes.map(\.instanceId) == ["ft-new-waiting"])
            let oldOnes = try await sim.allInstances(
                InstanceQuery(createdFrom: early.addingTimeInterval(-1), createdTo: early.addingTimeInterval(60))
            )
            #expect(oldOnes.map(\.instanceId) == ["ft-old-done", "ft-old-waiting"])
            for status in newOnes + oldOnes {
                #expect(status.createdTime >= early.addingTimeInterval(-1))
            }

            let withInput = try await sim.allInstances(InstanceQuery(instanceIDPrefix: "ft-old-w"))
            #expect(withInput.map(\.input) == [["timeoutSeconds": 86_400]])
            let withoutInput = try await sim.allInstances(InstanceQuery(instanceIDPrefix: "ft-old-w", showInput: false))
            #expect(withoutInput.map(\.input) == [.null])
        }
    }

    @Test("Entity instances appear in the instance list as @name@key, always Running")
    func entityInstances() async throws {
        try await withClientAgainstSim { sim in
            try await sim.client.signal(EntityID(name: "counter", key: "listed"), operation: "add", input: 3)
            await sim.host.advance(by: 5)
            let all = try await sim.allInstances(InstanceQuery())
            let entity = try #require(all.first { $0.instanceId == "@counter@listed" })
            #expect(entity.isEntity)
            #expect(entity.runtimeStatus == .running)
            #expect(entity.name == "counter")
        }
    }
}
