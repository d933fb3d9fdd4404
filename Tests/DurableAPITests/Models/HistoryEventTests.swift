import Foundation
import Testing

@testable import DurableAPI

@Suite struct HistoryEventTests {
    private func event(_ text: String) throws -> HistoryEvent {
        try HistoryEvent(json: JSONValue(parsing: text))
    }

    @Test func decodesTheFullHistoryExample() throws {
        let status = try OrchestrationStatus(json: JSONValue(parsing: HostPayloads.statusWithHistory))
        #expect(status.runtimeStatus == .completed)
        #expect(status.output == ["Hello Tokyo!", "Hello Seattle!"])
        let history = try #require(status.historyEvents)
        #expect(
            history.map(\.eventTypeName) == [
                "ExecutionStarted", "TimerCreated", "TimerFired", "TaskCompleted", "EventRaised", "TaskCompleted",
                "ExecutionCompleted",
            ]
        )
        #expect(history.allSatisfy { $0.type != nil && $0.timestamp != nil })
        #expect(history.map(\.name) == ["HelloSequence", nil, nil, "SayHello", "Continue", "SayHello", nil])

        guard case .executionStarted(let started) = history[0] else {
            Issue.record("expected ExecutionStarted")
            return
        }
        #expect(started.input == nil)
        #expect(started.generation == 0)
        #expect(started.scheduledStartTime == nil)
        #expect(started.timestamp == DurableDate.parse("2024-05-01T09:00:00.1452372Z"))

        guard case .timerCreated(let created) = history[1], case .timerFired(let fired) = history[2] else {
            Issue.record("expected timer events")
            return
        }
        #expect(created.fireAt == fired.fireAt)
        #expect(created.fireAt == DurableDate.parse("2024-05-01T09:00:01.5Z"))

        guard case .taskCompleted(let tokyo) = history[3] else {
            Issue.record("expected TaskCompleted")
            return
        }
        #expect(tokyo.result == "Hello Tokyo!")
        #expect(tokyo.functionName == "SayHello")
        #expect(tokyo.input?.raw == "\"Tokyo\"")
        #expect(tokyo.input?.value == "Tokyo")
        #expect(
            tokyo.scheduledTime.map { DurableDate.format($0, style: .fractional) } == "2024-05-01T09:00:01.9939873Z"
        )

        guard case .executionCompleted(let completed) = history[6] else {
            Issue.record("expected ExecutionCompleted")
            return
        }
        #expect(completed.orchestrationStatus == .completed)
        #expect(completed.result == ["Hello Tokyo!", "Hello Seattle!"])
        #expect(completed.failureDetails == nil)
        #expect(!history[6].isFailure)
    }

    @Test func historyIsReEncodedVerbatim() throws {
        let original = try JSONValue(parsing: HostPayloads.statusWithHistory)
        let status = try OrchestrationStatus(json: original)
        #expect(status.json.compactText == original.compactText)
        #expect(status.historyEvents?[0].raw["Correlation"] == .null)
    }

    @Test func doubleEncodedInputIsDecodedForDisplay() throws {
        let raised = try event(
            #"{"EventType":"EventRaised","Name":"Continue","Input":"{\"approved\":true}","ParentTraceContext":null,"Timestamp":"2024-05-01T09:00:02.9001Z"}"#
        )
        #expect(raised.input?.raw == #"{"approved":true}"#)
        #expect(raised.input?.isJSON == true)
        #expect(raised.input?.value == ["approved": true])
    }

    @Test func inputThatIsNotJSONFallsBackToRawText() throws {
        let terminated = try event(
            #"{"EventType":"ExecutionTerminated","Input":"operator said stop","Timestamp":"2024-05-01T09:00:02Z"}"#
        )
        guard case .executionTerminated(let payload) = terminated else {
            Issue.record("expected ExecutionTerminated")
            return
        }
        #expect(payload.input?.isJSON == false)
        #expect(payload.input?.value == "operator said stop")
        #expect(terminated.input?.raw == "operator said stop")
    }

    @Test func failedActivityFragment() throws {
        let failed = try event(HostPayloads.taskFailed)
        guard case .taskFailed(let payload) = failed else {
            Issue.record("expected TaskFailed")
            return
        }
        #expect(payload.reason == "Activity function 'ChargeCard' failed: Card declined")
        #expect(payload.details == #"{"$type":"System.InvalidOperationException","Message":"Card declined"}"#)
        #expect(payload.failureDetails == nil)
        #expect(payload.functionName == "ChargeCard")
        #expect(payload.input?.value["amount"]?.numberValue?.literal == "150.0")
        #expect(payload.scheduledTime == DurableDate.parse("2024-05-01T10:02:10.4Z"))
        #expect(payload.timestamp == DurableDate.parse("2024-05-01T10:02:11.08Z"))
        #expect(failed.isFailure)
    }

    @Test func runningChildFragment() throws {
        let created = try event(HostPayloads.subOrchestrationCreated)
        guard case .subOrchestrationInstanceCreated(let payload) = created else {
            Issue.record("expected SubOrchestrationInstanceCreated")
            return
        }
        #expect(payload.name == "ShipOrder")
        #expect(payload.instanceId == "ord-0042:ship")
        #expect(payload.input?.value == "ORD-0042")
        #expect(created.name == "ShipOrder")
    }

    @Test func continueAsNewKeepsIntegerStatusAndRawStringResult() throws {
        let continued = try event(
            #"{"EventType":"ContinueAsNew","OrchestrationStatus":2,"Result":"{\"count\":3}","FailureDetails":null,"Timestamp":"2024-05-01T09:00:05.1Z"}"#
        )
        guard case .continueAsNew(let payload) = continued else {
            Issue.record("expected ContinueAsNew")
            return
        }
        #expect(payload.orchestrationStatus == .continuedAsNew)
        #expect(payload.result?.raw == #"{"count":3}"#)
        #expect(payload.result?.value == ["count": 3])
        #expect(continued.result == ["count": 3])
    }

    @Test func executionCompletedAcceptsIntegerStatusAndFailureDetails() throws {
        let completed = try event(
            #"{"EventType":"ExecutionCompleted","OrchestrationStatus":3,"Result":"boom","FailureDetails":{"ErrorType":"System.Exception","ErrorMessage":"boom","StackTrace":null,"InnerFailure":{"ErrorType":"Inner","ErrorMessage":"root cause"},"IsNonRetriable":false,"Properties":null},"Timestamp":"2024-05-01T09:00:05Z"}"#
        )
        guard case .executionCompleted(let payload) = completed else {
            Issue.record("expected ExecutionCompleted")
            return
        }
        #expect(payload.orchestrationStatus == .failed)
        #expect(payload.failureDetails?.errorType == "System.Exception")
        #expect(payload.failureDetails?.isNonRetriable == false)
        #expect(payload.failureDetails?.innerFailure?.errorMessage == "root cause")
        #expect(payload.failureDetails?.innerFailure?.innerFailure == nil)
        #expect(completed.isFailure)
    }

    @Test func resultIsAbsentWithoutShowHistoryOutputAndNullWhenSentNull() throws {
        let absent = try event(
            #"{"EventType":"TaskCompleted","Timestamp":"2024-05-01T09:00:02Z","ScheduledTime":"2024-05-01T09:00:01+00:00","FunctionName":"F"}"#
        )
        #expect(absent.result == nil)
        let null = try event(#"{"EventType":"TaskCompleted","Result":null,"Timestamp":"2024-05-01T09:00:02Z"}"#)
        #expect(null.result == .null)
    }

    @Test func unknownEventTypesAreKeptRaw() throws {
        let text = #"{"EventType":"EntityOperationCalled","Name":"op","Timestamp":"2024-05-01T09:00:02.5Z","X":[1]}"#
        let unknown = try event(text)
        #expect(unknown == .unknown(eventType: "EntityOperationCalled", raw: try JSONValue(parsing: text)))
        #expect(unknown.type == nil)
        #expect(unknown.payload == nil)
        #expect(unknown.name == "op")
        #expect(unknown.timestamp == DurableDate.parse("2024-05-01T09:00:02.5Z"))
        #expect(unknown.json.compactText == text)
    }

    @Test func numericEventTypesFromTheProviderAreUnderstood() throws {
        let fired = try event(
            #"{"EventType":11,"FireAt":"2024-05-01T09:00:01.5Z","TimerId":3,"Timestamp":"2024-05-01T09:00:01.6Z"}"#
        )
        #expect(fired.type == .timerFired)
        let undefined = try event(#"{"EventType":99,"Timestamp":"2024-05-01T09:00:01.6Z"}"#)
        #expect(undefined.eventTypeName == "99")
        #expect(undefined.type == nil)
    }

    @Test func everyEventTypeDecodesToItsCase() throws {
        for type in HistoryEventType.allCases {
            let decoded = try event(#"{"EventType":"\#(type.rawValue)","Timestamp":"2024-05-01T09:00:00.1Z"}"#)
            #expect(decoded.type == type)
            #expect(decoded.eventTypeName == type.rawValue)
            #expect(decoded.payload != nil)
            #expect(HistoryEventType(numericValue: type.numericValue) == type)
        }
        #expect(HistoryEventType.executionRewound.numericValue == 21)
        #expect(HistoryEventType.genericEvent.numericValue == 17)
    }

    @Test func otherEventsExposeTheirFields() throws {
        let sent = try event(
            #"{"EventType":"EventSent","InstanceId":"other","Name":"Ping","Input":"1","Timestamp":"2024-05-01T09:00:00Z"}"#
        )
        let rewound = try event(
            #"{"EventType":"ExecutionRewound","Reason":"retry","ParentExecutionId":"p","InstanceId":"i","ParentTraceContext":null,"Timestamp":"2024-05-01T09:00:00Z"}"#
        )
        let generic = try event(#"{"Data":"tombstone","EventType":"GenericEvent","Timestamp":"2024-05-01T09:00:00Z"}"#)
        let suspended = try event(
            #"{"EventType":"ExecutionSuspended","Reason":"maintenance","Timestamp":"2024-05-01T09:00:00Z"}"#
        )
        guard case .eventSent(let message) = sent, case .executionRewound(let rewind) = rewound,
            case .genericEvent(let tombstone) = generic, case .executionSuspended(let suspension) = suspended
        else {
            Issue.record("unexpected cases")
            return
        }
        #expect(message.instanceId == "other" && message.name == "Ping" && message.input?.value == 1)
        #expect(rewind.reason == "retry" && rewind.parentExecutionId == "p" && rewind.instanceId == "i")
        #expect(tombstone.data == "tombstone")
        #expect(suspension.reason == "maintenance")
    }

    @Test func badKnownEventsNameTheirPath() throws {
        let text =
            #"{"name":"n","instanceId":"i","runtimeStatus":"Running","createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:00Z","historyEvents":[{"EventType":"TimerFired","Timestamp":"2024-05-01T09:00:00Z"},{"EventType":"TaskFailed","Reason":7,"Timestamp":"2024-05-01T09:00:00Z"}]}"#
        #expect {
            try OrchestrationStatus(json: JSONValue(parsing: text))
        } throws: { error in
            (error as? JSONDecodingError)?.description == "$.historyEvents[1].Reason: expected string, found number"
        }
        #expect {
            try HistoryEvent(json: ["Timestamp": "2024-05-01T09:00:00Z"])
        } throws: { error in
            (error as? JSONDecodingError)?.description == "$.EventType: expected event type name or number, found null"
        }
    }
}
