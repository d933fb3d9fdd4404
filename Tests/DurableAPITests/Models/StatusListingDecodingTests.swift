import Foundation
import Testing

@testable import DurableAPI

/// A listing decoded straight from its bytes is the listing decoded through `JSONValue`, and it gives up on
/// exactly what that path rejects, so the caller can name the problem.
@Suite("Status listings decoded straight from bytes")
struct StatusListingDecodingTests {
    private func throughJSONValue(_ text: String) -> [OrchestrationStatus]? {
        guard let value = try? JSONValue(parsing: text) else {
            return nil
        }
        return try? [OrchestrationStatus](json: value)
    }

    private func directly(_ text: String) -> [OrchestrationStatus]? {
        OrchestrationStatus.array(decodingDirectly: Array(text.utf8))
    }

    private static let wellFormed = [
        "[]",
        " [ ] ",
        #"[{"name":"ProcessOrder","instanceId":"ord-1","runtimeStatus":"Running","input":null,"#
            + #""customStatus":{"stage":"approval","n":[1,2.50,true]},"output":null,"#
            + #""createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:07Z"}]"#,
        #"[{"instanceId":"a","runtimeStatus":"Failed","output":"boom \u00e9\n","#
            + #""createdTime":"2024-05-01T09:00:00.123Z","lastUpdatedTime":"2024-05-01T09:00:07+02:00"},"#
            + #" {"name":null,"instanceId":"@counter@k","runtimeStatus":"Running","extra":{"x":[{}]},"#
            + #""createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"name":"first","name":"last","instanceId":"x","instanceId":"y","runtimeStatus":"Pending","#
            + #""runtimeStatus":"Completed","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z","input":1,"input":null}]"#,
        // Found by the fuzzer: earlier values of the wrong type, then the last one right.
        #"[{"name":7,"name":null,"instanceId":{"x":[{}]},"instanceId":"x","runtimeStatus":[1],"#
            + #""runtimeStatus":"Running","createdTime":{"x":[{}]},"createdTime":"2024-05-01T09:00:00.123Z","#
            + #""lastUpdatedTime":true,"lastUpdatedTime":"2024-05-01T09:00:07+02:00"}]"#,
        #"[{"instanceId":"h","runtimeStatus":"Completed","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:01Z","historyEvents":[{"EventType":"ExecutionStarted","#
            + #""FunctionName":"Hello","Timestamp":"2024-05-01T09:00:00Z"}]}]"#,
        #"[{"instanceId":"s","runtimeStatus":"SomethingNew","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:01Z","historyEvents":null}]"#,
    ]

    private static let rejected = [
        "",
        "{}",
        "[1]",
        "[{}]",
        "[] []",
        "[{\"instanceId\":\"a\"}",
        #"[{"instanceId":null,"runtimeStatus":"Running","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"instanceId":"a","runtimeStatus":3,"createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"name":7,"instanceId":"a","runtimeStatus":"Running","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"name":"a","name":7,"instanceId":"a","runtimeStatus":"Running","#
            + #""createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"instanceId":"a","instanceId":1,"runtimeStatus":"Running","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"instanceId":"a","runtimeStatus":"Running","createdTime":"yesterday","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"instanceId":"a","runtimeStatus":"Running","createdTime":"2024-05-01T09:00:00Z"}]"#,
        #"[{"instanceId":"a","runtimeStatus":"Running","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z","historyEvents":[{"EventType":4}]}]"#,
        #"[{"instanceId":"a\u0000\x","runtimeStatus":"Running"}]"#,
        #"[{"instanceId":"a","runtimeStatus":"Running","createdTime":"2024-05-01T09:00:00Z","#
            + #""lastUpdatedTime":"2024-05-01T09:00:00Z",}]"#,
    ]

    @Test("a well-formed listing decodes as it does through JSONValue", arguments: wellFormed)
    func sameListing(_ text: String) throws {
        let expected = try #require(throughJSONValue(text))
        #expect(directly(text) == expected)
    }

    @Test("what the JSONValue path rejects, the direct decoder gives up on", arguments: rejected)
    func givesUp(_ text: String) {
        #expect(throughJSONValue(text) == nil)
        #expect(directly(text) == nil)
    }

    @Test("a status listing served by the host model decodes directly to the statuses it was made of")
    func hostPage() throws {
        let statuses = (0..<50).map { (index: Int) -> OrchestrationStatus in
            let statuses: [RuntimeStatus] = [.running, .completed, .failed]
            let step: JSONValue = ["step": .number(JSONNumber(index))]
            let failure = JSONValue.string("failed: \(index)")
            return OrchestrationStatus(
                name: index.isMultiple(of: 3) ? nil : "Orchestrator\(index % 7)",
                instanceId: "inst-\(index)",
                runtimeStatus: statuses[index % 3],
                customStatus: index.isMultiple(of: 2) ? step : .null,
                output: index % 3 == 2 ? failure : .null,
                createdTime: Date(timeIntervalSince1970: 1_714_557_600 + Double(index)),
                lastUpdatedTime: Date(timeIntervalSince1970: 1_714_557_700 + Double(index))
            )
        }
        let text = statuses.json.compactText
        #expect(directly(text) == statuses)
        #expect(directly(text) == throughJSONValue(text))
    }
}
