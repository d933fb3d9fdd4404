import Foundation
import Testing

@testable import DurableAPI

@Suite struct OrchestrationStatusTests {
    private func decode(_ text: String) throws -> OrchestrationStatus {
        try OrchestrationStatus(json: JSONValue(parsing: text))
    }

    @Test func decodesTheRunningExample() throws {
        let status = try decode(HostPayloads.statusRunning)
        #expect(status.name == "ProcessOrder")
        #expect(status.instanceId == "ord-20240501-0042")
        #expect(status.runtimeStatus == .running)
        #expect(status.input == ["orderId": "ORD-0042", "amount": .number(JSONNumber(literal: "150.0")!)])
        #expect(status.input["amount"]?.numberValue?.literal == "150.0")
        #expect(status.customStatus["progress"]?.doubleValue == 0.4)
        #expect(status.output == .null)
        #expect(status.createdTime == DurableDate.parse("2024-05-01T09:00:00Z"))
        #expect(status.lastUpdatedTime.timeIntervalSince(status.createdTime) == 7)
        #expect(status.historyEvents == nil)
        #expect(!status.isEntity)
    }

    @Test func factsWorkedOutOnceFollowAChangedId() {
        var status = OrchestrationStatus(
            name: "Counter",
            instanceId: "order-1",
            runtimeStatus: .running,
            createdTime: Date(timeIntervalSince1970: 0),
            lastUpdatedTime: Date(timeIntervalSince1970: 0)
        )
        #expect(!status.isEntity)
        #expect(status.instanceIdWords == OrderWords(text: "order-1"))
        status.instanceId = "@counter@cats"
        #expect(status.isEntity)
        #expect(status.instanceIdWords == OrderWords(text: "@counter@cats"))
        #expect(status.instanceIdTail == 0)
        status.instanceId = "0005d344296d7f917c03b290520bdb8f:child:12"
        #expect(status.instanceIdTail == OrderWords.tail(of: status.instanceId))
        #expect(OrderWords.tail(of: status.instanceId) == ":child:1".utf8.reduce(0) { $0 << 8 | UInt64($1) })
        #expect(OrderWords.tail(of: "0005d344296d7f917c03b290520bdb8f:c") == 0x3A63_0000_0000_0000)
        let parent = "0005d344296d7f917c03b290520bdb8f"
        let ids = [":child:1", ":child:10", ":child:11", ":child:2"].map { parent + $0 }
        func order(_ one: String, _ other: String) -> Int? {
            OrderWords.order(
                OrderWords(text: one),
                tail: OrderWords.tail(of: one),
                OrderWords(text: other),
                tail: OrderWords.tail(of: other)
            )
        }
        #expect(order(ids[0], ids[1]) == -1, "a 40-byte id before a longer one it begins")
        #expect(order(ids[3], ids[0]) == 1)
        #expect(order(ids[0], ids[0]) == 0)
        #expect(order(ids[1], ids[2]) == nil, "ids past 40 bytes that tie through byte 39 need their whole bytes")
        #expect(OrderWords.order(OrderWords(text: "order-1"), OrderWords(text: "order-10")) == -1)
        #expect(OrderWords.order(OrderWords(number: -2), OrderWords(number: 1.5)) == -1)
    }

    @Test func reEncodingThe202BodyIsByteExact() throws {
        let status = try decode(HostPayloads.status202)
        #expect(status.json.compactText == HostPayloads.status202)
    }

    @Test func reEncodingTheRunningExampleMatchesItsCompactForm() throws {
        let status = try decode(HostPayloads.statusRunning)
        #expect(status.json.compactText == (try JSONValue(parsing: HostPayloads.statusRunning)).compactText)
    }

    @Test func encodingCutsTimesToWholeSecondsWithZ() {
        let created = Date(timeIntervalSince1970: 1_714_554_000.987)
        let status = OrchestrationStatus(
            name: nil,
            instanceId: "a",
            runtimeStatus: .pending,
            createdTime: created,
            lastUpdatedTime: created
        )
        #expect(
            status.json.compactText
                == #"{"name":null,"instanceId":"a","runtimeStatus":"Pending","input":null,"customStatus":null,"output":null,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:00Z"}"#
        )
    }

    @Test func emptyHistoryIsKeptAsEmptyArray() throws {
        var status = try decode(HostPayloads.status202)
        status.historyEvents = []
        #expect(status.json.compactText.hasSuffix(#""lastUpdatedTime":"2024-05-01T09:00:03Z","historyEvents":[]}"#))
        #expect(try OrchestrationStatus(json: status.json).historyEvents == [])
    }

    @Test func decodesTheListPage() throws {
        let page = try [OrchestrationStatus](json: JSONValue(parsing: HostPayloads.listPage))
        #expect(page.map(\.instanceId) == ["ord-20240501-0042", "ord-20240501-0043"])
        #expect(page.map(\.runtimeStatus) == [.running, .pending])
        #expect(page[0].input == .null)
        #expect(page[0].customStatus == ["stage": "awaiting-approval"])
        #expect(page.json.compactText == (try JSONValue(parsing: HostPayloads.listPage)).compactText)
    }

    @Test func unknownKeysAreIgnoredAndMissingValuesReadAsNull() throws {
        let status = try decode(
            #"{"extra":{"x":1},"instanceId":"i","runtimeStatus":"Canceled","createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:00.5Z","name":"N","future":[1]}"#
        )
        #expect(status.runtimeStatus == .canceled)
        #expect(status.input == .null && status.customStatus == .null && status.output == .null)
        #expect(status.json["extra"] == nil)
    }

    @Test func unknownRuntimeStatusIsKept() throws {
        let status = try decode(
            #"{"name":"N","instanceId":"i","runtimeStatus":"Unknown","input":null,"customStatus":null,"output":null,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:00Z"}"#
        )
        #expect(status.runtimeStatus == .unknown("Unknown"))
        #expect(status.json["runtimeStatus"] == "Unknown")
    }

    @Test func plainStringInputAndNumericOutputStayAsGiven() throws {
        let status = try decode(
            #"{"name":"N","instanceId":"i","runtimeStatus":"Terminated","input":"not json {","customStatus":"","output":123,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:00Z"}"#
        )
        #expect(status.input == "not json {")
        #expect(status.customStatus == "")
        #expect(status.output == 123)
    }

    @Test func entityInstanceWithSchedulerStateInput() throws {
        let status = try decode(
            #"{"name":"counter","instanceId":"@counter@cats","runtimeStatus":"Running","input":{"exists":true,"state":"{\"value\":9}","sorter":{}},"customStatus":{"entityExists":true,"queueSize":3},"output":null,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:13:01Z"}"#
        )
        #expect(status.isEntity)
        #expect(EntityID(instanceId: status.instanceId) == EntityID(name: "counter", key: "cats"))
        #expect(status.input["state"]?.stringValue.map(EmbeddedJSON.init(raw:))?.value == ["value": 9])
        #expect(status.customStatus["queueSize"]?.intValue == 3)
    }

    @Test(
        arguments: [
            (#"[1]"#, "$: expected object, found array"),
            (#"{"runtimeStatus":"Running"}"#, "$.instanceId: expected string, found missing"),
            (#"{"instanceId":null}"#, "$.instanceId: expected string, found null"),
            (#"{"instanceId":"i","runtimeStatus":5}"#, "$.runtimeStatus: expected string, found number"),
            (
                #"{"instanceId":"i","runtimeStatus":"Running","createdTime":"yesterday"}"#,
                #"$.createdTime: invalid timestamp "yesterday""#
            ),
        ]
    )
    func errorsNameTheJSONPath(text: String, message: String) {
        #expect {
            try decode(text)
        } throws: { error in
            (error as? JSONDecodingError)?.description == message
        }
    }

    @Test func listErrorsNameTheElement() {
        let text = "[" + HostPayloads.status202 + #",{"instanceId":"x","runtimeStatus":false}]"#
        #expect {
            try [OrchestrationStatus](json: JSONValue(parsing: text))
        } throws: { error in
            (error as? JSONDecodingError)?.description == "$[1].runtimeStatus: expected string, found boolean"
        }
    }
}
