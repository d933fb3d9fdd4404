import DurableAPI
import DurableHostSim
import Foundation
import Testing

@Suite("Routing and auth")
struct RoutingAndAuthTests {
    @Test("Both base paths, any letter case and trailing slashes reach the same routes")
    func basePaths() async throws {
        try await withHost { _, client in
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/r-1")
            #expect(try await client.send("GET", "/durabletask/instances/r-1").status == 202)
            #expect(try await client.send("GET", "/runtime/webhooks/DurableTask/instances/r-1/").status == 202)
            #expect(try await client.send("GET", "/durabletask/instances/").status == 200)
            #expect(
                try await client.send("POST", "/durabletask/instances/r-1/RaiseEvent/Other", body: "1").status == 202
            )
        }
    }

    @Test("Unknown routes, unknown operations and wrong methods give 404 with an empty body")
    func notFound() async throws {
        try await withHost { _, client in
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/r-2")
            for (method, path) in [
                ("POST", "instances/r-2/explode"), ("GET", "instances/r-2/terminate"), ("PUT", "instances"),
                ("GET", "orchestrators/HelloSequence"), ("GET", "nothing/here"),
            ] {
                let reply = try await client.api(method, path)
                #expect(reply.status == 404, "\(method) \(path)")
                #expect(reply.body.isEmpty)
                #expect(reply.header("Content-Type") == nil)
            }
            #expect(try await client.send("GET", "/runtime/webhooks/durabletaskx/instances").status == 404)
            #expect(try await client.api("DELETE", "makeprimary").status == 200)
        }
    }

    @Test("With a key, x-functions-key or code must match (the header wins); without a key there is no auth")
    func auth() async throws {
        try await withHost({ $0.key = "s3cr3t/key=" }) { _, client in
            #expect(try await client.api("GET", "instances").status == 401)
            #expect(try await client.api("GET", "instances?code=wrong").status == 401)
            #expect(try await client.api("GET", "instances?code=s3cr3t%2Fkey%3D").status == 200)
            #expect(try await client.api("GET", "instances", headers: ["x-functions-key": "s3cr3t/key="]).status == 200)
            let headerWins = try await client.api(
                "GET",
                "instances?code=s3cr3t%2Fkey%3D",
                headers: ["x-functions-key": "nope"]
            )
            #expect(headerWins.status == 401)
            #expect(headerWins.body.isEmpty)
            let start = try await client.api("POST", "orchestrators/HelloSequence/k-1?code=s3cr3t%2Fkey%3D")
            let link = start.json?["statusQueryGetUri"]?.stringValue ?? ""
            #expect(link.hasSuffix("/instances/k-1?taskHub=TestHubName&connection=Storage&code=s3cr3t%2Fkey%3D"))
        }
        try await withHost { _, client in
            let open = try await client.api("GET", "instances")
            #expect(open.status == 200)
        }
    }

    @Test("Check-status payload has the §4.3 keys in order and Location equals statusQueryGetUri")
    func checkStatusPayload() async throws {
        try await withHost({ $0.additionalTaskHubs = [SimulatedHost.TaskHubSpec(name: "Hub1")] }) { _, client in
            let reply = try await client.api("POST", "orchestrators/HelloSequence/a%20b?taskHub=Hub1&connection=Conn")
            #expect(reply.status == 202)
            let keys = reply.json?.objectValue.map { Array($0.keys) } ?? []
            #expect(
                keys == [
                    "id", "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri",
                    "restartPostUri", "suspendPostUri", "resumePostUri",
                ]
            )
            #expect(reply.header("Location") == reply.json?["statusQueryGetUri"]?.stringValue)
            let terminate = reply.json?["terminatePostUri"]?.stringValue ?? ""
            #expect(terminate.hasSuffix("/instances/a%2520b/terminate?reason={text}&taskHub=Hub1&connection=Conn"))
        }
    }
}
