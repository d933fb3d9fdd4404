import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Query parsing and paging")
struct QueryAndPagingTests {
    private func ids(_ reply: SimClient.Reply) -> [String] {
        reply.json?.arrayValue?.compactMap { $0["instanceId"]?.stringValue } ?? []
    }

    @Test("runtimeStatus is case-sensitive, accepts numbers and repeats, and no parsed piece means no filter")
    func runtimeStatus() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/HelloSequence/q-done")
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/q-wait")
            await host.advance(by: 30)
            #expect(ids(try await client.api("GET", "instances?runtimeStatus=Completed")) == ["q-done"])
            #expect(ids(try await client.api("GET", "instances?RUNTIMESTATUS=1")) == ["q-done"])
            #expect(ids(try await client.api("GET", "instances?runtimeStatus=running")) == ["q-done", "q-wait"])
            #expect(ids(try await client.api("GET", "instances?runtimeStatus=42")) == [])
            let both = try await client.api("GET", "instances?runtimeStatus=Completed&runtimeStatus=%20Running")
            #expect(ids(both) == ["q-done", "q-wait"])
        }
    }

    @Test("Dates: Python's 6-digit form parses; an unencoded + offset breaks the filter silently")
    func dates() async throws {
        try await withHost { host, client in
            _ = try await client.api("POST", "orchestrators/HelloSequence/d-old")
            await host.advance(by: 3600)
            _ = try await client.api("POST", "orchestrators/HelloSequence/d-new")
            let now = await host.now
            let cut = DurableDate.format(now.addingTimeInterval(-60), style: .wholeSeconds)
            let python = cut.replacingOccurrences(of: "Z", with: ".000000Z")
            #expect(ids(try await client.api("GET", "instances?createdTimeFrom=\(python)")) == ["d-new"])
            let offset = cut.replacingOccurrences(of: "Z", with: "+00:00")
            #expect(ids(try await client.api("GET", "instances?createdTimeFrom=\(offset)")) == ["d-new", "d-old"])
            let encoded = cut.replacingOccurrences(of: "Z", with: "%2B00:00")
            #expect(ids(try await client.api("GET", "instances?createdTimeFrom=\(encoded)")) == ["d-new"])
            #expect(ids(try await client.api("GET", "instances?instanceIdPrefix=d-o")) == ["d-old"])
        }
    }

    @Test("showInput takes .NET booleans; anything else keeps the default")
    func booleans() async throws {
        try await withHost { _, client in
            _ = try await client.api("POST", "orchestrators/HelloSequence/b-1", body: "[\"Rome\"]")
            #expect(try await client.api("GET", "instances/b-1?showInput=FALSE").json?["input"] == .null)
            #expect(try await client.api("GET", "instances/b-1?showInput=no").json?["input"] == ["Rome"])
        }
    }

    @Test("Tokens page through in ID order, survive inserts, and the last page has an empty token header")
    func paging() async throws {
        try await withHost { _, client in
            for id in ["p-1", "p-3", "p-5"] {
                _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/\(id)")
            }
            let first = try await client.api("GET", "instances?top=2")
            #expect(ids(first) == ["p-1", "p-3"])
            let token = try #require(first.header("x-ms-continuation-token"))
            #expect(!token.isEmpty)
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/p-2")
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/p-4")
            let second = try await client.api("GET", "instances?top=2", headers: ["x-ms-continuation-token": token])
            #expect(ids(second) == ["p-4", "p-5"])
            #expect(second.header("x-ms-continuation-token") == "")
        }
    }

    @Test("A scan budget yields short and empty pages that still carry a token; the header can be omitted at the end")
    func shortPages() async throws {
        try await withHost({
            $0.scanBudget = 2
            $0.sendsEmptyContinuationToken = false
        }) { host, client in
            for id in ["s-1", "s-2", "s-3", "s-4", "s-5"] {
                _ = try await client.api("POST", "orchestrators/HelloSequence/\(id)")
            }
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/s-6")
            await host.advance(by: 30)
            var token: String?
            var pages: [[String]] = []
            repeat {
                let headers = token.map { ["x-ms-continuation-token": $0] } ?? [:]
                let reply = try await client.api("GET", "instances?runtimeStatus=Running", headers: headers)
                pages.append(ids(reply))
                token = reply.header("x-ms-continuation-token")
            } while token != nil && pages.count < 10
            #expect(pages == [[], [], ["s-6"]])
        }
    }

    @Test("A token this host did not issue is refused with the 400 long form")
    func badToken() async throws {
        try await withHost { _, client in
            let reply = try await client.api("GET", "instances", headers: ["x-ms-continuation-token": "bnVsbA=="])
            #expect(reply.status == 400)
            #expect(reply.json?["Message"] == "One or more of the arguments submitted is incorrect")
        }
    }
}
