import Testing

@testable import DurableAPI

/// Paging of list-instances through an injected transport (§5.3, §9.1).
@Suite struct InstanceListingTests {
    private static func row(_ id: String, _ status: String = "Running") -> String {
        """
        {"name":"P","instanceId":"\(id)","runtimeStatus":"\(status)","input":null,"customStatus":null,\
        "output":null,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:07Z"}
        """
    }

    private static func page(_ ids: [String], token: String?) -> HTTPResponse {
        let body = "[" + ids.map { row($0) }.joined(separator: ",") + "]"
        return Reply.json(200, body, headers: token.map { [("x-ms-continuation-token", $0)] } ?? [])
    }

    private func ids(_ transport: ScriptedTransport) async throws -> [[String]] {
        var pages: [[String]] = []
        for try await page in TestEndpoint.client(transport).instances(InstanceQuery(pageSize: 2)) {
            pages.append(page.map(\.instanceId))
        }
        return pages
    }

    @Test func followsTokensInTheRequestHeaderThroughShortAndEmptyPages() async throws {
        let transport = ScriptedTransport([
            Self.page(["a", "b"], token: "1!28!b3Jk+/="),
            Self.page([], token: "2!x"),
            Self.page(["c"], token: "3!y"),
            Self.page(["d"], token: ""),
        ])
        #expect(try await ids(transport) == [["a", "b"], [], ["c"], ["d"]])
        #expect(
            transport.requests.map { $0.headers["x-ms-continuation-token"] } == [nil, "1!28!b3Jk+/=", "2!x", "3!y"]
        )
        let url = "\(TestEndpoint.base)/instances?top=2&\(TestEndpoint.scope)"
        #expect(transport.urls == [url, url, url, url])
    }

    @Test func absentHeaderEndsPaging() async throws {
        let transport = ScriptedTransport([Self.page(["a"], token: nil), Self.page(["never"], token: nil)])
        #expect(try await ids(transport) == [["a"]])
        #expect(transport.requests.count == 1)
    }

    @Test func emptyHeaderEndsPaging() async throws {
        let transport = ScriptedTransport([Self.page(["a"], token: "t"), Self.page(["b"], token: "  ")])
        #expect(try await ids(transport) == [["a"], ["b"]])
        #expect(transport.requests.count == 2)
    }

    @Test func historicNullTokenLoopIsStopped() async throws {
        let transport = ScriptedTransport([Self.page(["a"], token: "bnVsbA=="), Self.page(["a"], token: "bnVsbA==")])
        #expect(try await ids(transport) == [["a"]])
        #expect(transport.requests.count == 1)
    }

    @Test func repeatingTokenThrowsInsteadOfLoopingForever() async throws {
        let transport = ScriptedTransport([
            Self.page(["a"], token: "T1"), Self.page(["b"], token: "T2"), Self.page(["a"], token: "T1"),
        ])
        await #expect(throws: DurableAPIError.continuationLoop) {
            _ = try await ids(transport)
        }
        #expect(transport.requests.count == 3)
    }

    @Test func badRowNamesItsJSONPath() async throws {
        let body = "[" + Self.row("a") + ",{\"instanceId\":\"b\",\"runtimeStatus\":7}]"
        let transport = ScriptedTransport([Reply.json(200, body)])
        do {
            _ = try await ids(transport)
            Issue.record("expected invalidResponse")
        } catch let error as DurableAPIError {
            guard case .invalidResponse(let path, _) = error else {
                Issue.record("expected invalidResponse, got \(error)")
                return
            }
            #expect(path.hasPrefix("$[1]"))
        }
    }

    @Test func countsFollowAllPagesAndSeparateEntities() async throws {
        let transport = ScriptedTransport([
            Reply.json(
                200,
                "[" + Self.row("a") + "," + Self.row("@counter@cats") + "]",
                headers: [("x-ms-continuation-token", "t")]
            ),
            Reply.json(200, "[" + Self.row("b", "Failed") + "," + Self.row("c", "Failed") + "]"),
        ])
        let counts = try await TestEndpoint.client(transport).countInstances(InstanceQuery())
        #expect(counts.byStatus == [.running: 1, .failed: 2])
        #expect(counts.entities == 1)
        #expect(counts.pages == 2)
        #expect(counts.orchestrations == 3)
    }
}
