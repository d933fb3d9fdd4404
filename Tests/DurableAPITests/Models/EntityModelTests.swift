import Foundation
import Testing

@testable import DurableAPI

@Suite struct EntityModelTests {
    /// §4.6 example list.
    static let list = """
        [
          { "entityId": { "name": "counter", "key": "cats" }, "lastOperationTime": "2024-05-01T09:12:44.6326361Z", "state": null },
          { "entityId": { "name": "counter", "key": "dogs" }, "lastOperationTime": "2024-05-01T09:13:01.94Z", "state": null }
        ]
        """

    @Test func decodesTheEntityListExample() throws {
        let entities = try [EntityStatus](json: JSONValue(parsing: Self.list))
        #expect(
            entities.map(\.entityId) == [
                EntityID(name: "counter", key: "cats"), EntityID(name: "counter", key: "dogs"),
            ]
        )
        #expect(entities.allSatisfy { $0.state == .null })
        #expect(entities[0].lastOperationTime == DurableDate.parse("2024-05-01T09:12:44.6326361Z"))
        #expect(entities.json.compactText == (try JSONValue(parsing: Self.list)).compactText)
    }

    @Test func stateIsAnyJSONAndMissingStateReadsAsNull() throws {
        let withState = try EntityStatus(
            json: JSONValue(
                parsing:
                    #"{"entityId":{"name":"counter","key":"cats"},"lastOperationTime":"2024-05-01T09:12:44Z","state":{"value":9}}"#
            )
        )
        #expect(withState.state == ["value": 9])
        let missing = try EntityStatus(
            json: JSONValue(
                parsing: #"{"entityId":{"key":"k","name":"n"},"lastOperationTime":"2024-05-01T09:12:44Z","x":1}"#
            )
        )
        #expect(missing.state == .null)
        #expect(
            missing.json.compactText
                == #"{"entityId":{"name":"n","key":"k"},"lastOperationTime":"2024-05-01T09:12:44Z","state":null}"#
        )
    }

    @Test func getEntityStateBodyIsTheStateItself() throws {
        let state = try JSONValue(parsing: #"{"value":9}"#)
        #expect(state["value"]?.intValue == 9)
    }

    @Test func entityInstanceIDs() {
        #expect(EntityID(instanceId: "@counter@cats") == EntityID(name: "counter", key: "cats"))
        #expect(EntityID(instanceId: "@mail@a@b.com") == EntityID(name: "mail", key: "a@b.com"))
        #expect(EntityID(instanceId: "@counter@") == EntityID(name: "counter", key: ""))
        #expect(EntityID(instanceId: "ord-1") == nil)
        #expect(EntityID(instanceId: "@nokey") == nil)
        #expect(EntityID(name: "counter", key: "cats").instanceId == "@counter@cats")
    }

    @Test func purgeResult() throws {
        let result = try PurgeResult(json: JSONValue(parsing: #"{"instancesDeleted":1}"#))
        #expect(result.instancesDeleted == 1)
        #expect(PurgeResult(instancesDeleted: 12).json.compactText == #"{"instancesDeleted":12}"#)
        #expect {
            try PurgeResult(json: JSONValue(parsing: #"{"instancesDeleted":"1"}"#))
        } throws: { error in
            (error as? JSONDecodingError)?.description == "$.instancesDeleted: expected integer, found string"
        }
    }
}
