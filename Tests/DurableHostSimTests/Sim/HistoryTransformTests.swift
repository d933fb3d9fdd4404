import DurableAPI
import Foundation
import Testing

@testable import DurableHostSim

@Suite("History transformation (§6.1)")
struct HistoryTransformTests {
    private let raw: [JSONValue] = [
        ["EventType": 12, "EventId": -1, "IsPlayed": false, "Timestamp": "2024-05-01T09:00:00.1Z"],
        [
            "OrchestrationInstance": ["InstanceId": "seq", "ExecutionId": "e1"], "EventType": 0, "ParentInstance": nil,
            "Name": "HelloSequence", "Version": "", "Input": "[\"Tokyo\"]", "Tags": nil, "Correlation": nil,
            "ParentTraceContext": nil, "ScheduledStartTime": nil, "Generation": 0, "EventId": -1, "IsPlayed": false,
            "Timestamp": "2024-05-01T09:00:00.1452372Z",
        ],
        [
            "EventType": 4, "Name": "SayHello", "Version": "", "Input": "\"Tokyo\"", "ParentTraceContext": nil,
            "Tags": nil, "EventId": 0, "IsPlayed": false, "Timestamp": "2024-05-01T09:00:01.25Z",
        ],
        [
            "EventType": 4, "Name": "SayHello", "Version": "", "Input": "\"Lima\"", "ParentTraceContext": nil,
            "Tags": nil, "EventId": 1, "IsPlayed": false, "Timestamp": "2024-05-01T09:00:01.5Z",
        ],
        ["EventType": 13, "EventId": -1, "IsPlayed": false, "Timestamp": "2024-05-01T09:00:01.6Z"],
        [
            "EventType": 5, "TaskScheduledId": 0, "Result": "\"Hello Tokyo!\"", "EventId": -1, "IsPlayed": false,
            "Timestamp": "2024-05-01T09:00:02.2895622Z",
        ],
        [
            "EventType": 11, "TimerId": 3, "FireAt": "2024-05-01T09:00:03Z", "EventId": -1, "IsPlayed": false,
            "Timestamp": "2024-05-01T09:00:03.1Z",
        ],
        [
            "EventType": 1, "OrchestrationStatus": 1, "Result": "[1,2]", "FailureDetails": nil, "EventId": -1,
            "IsPlayed": false, "Timestamp": "2024-05-01T09:00:04Z",
        ],
    ]

    @Test("Completed tasks absorb their TaskScheduled; pending ones stay; orchestrator events vanish")
    func withOutput() {
        let events = HistoryTransformer(showInput: true, showHistoryOutput: true).transform(raw)
        #expect(
            events.map { $0["EventType"]?.stringValue ?? "" } == [
                "ExecutionStarted", "TaskScheduled", "TaskCompleted", "TimerFired", "ExecutionCompleted",
            ]
        )
        let started: JSONValue = [
            "EventType": "ExecutionStarted", "Input": "[\"Tokyo\"]", "Correlation": nil, "ParentTraceContext": nil,
            "ScheduledStartTime": nil, "Generation": 0, "Timestamp": "2024-05-01T09:00:00.1452372Z",
            "FunctionName": "HelloSequence",
        ]
        #expect(events[0] == started)
        let completed: JSONValue = [
            "EventType": "TaskCompleted", "Result": "Hello Tokyo!", "Timestamp": "2024-05-01T09:00:02.2895622Z",
            "ScheduledTime": "2024-05-01T09:00:01.25+00:00", "FunctionName": "SayHello", "Input": "\"Tokyo\"",
        ]
        #expect(events[2] == completed)
        #expect(events[1]["Name"] == "SayHello")
        #expect(events[1]["Version"] == nil)
        #expect(events[3]["TimerId"] == nil)
        #expect(events[4]["OrchestrationStatus"] == "Completed")
        #expect(events[4]["Result"] == [1, 2])
    }

    @Test("Without showHistoryOutput Results go; with showInput=false every Input goes")
    func withoutOutputAndInput() {
        let events = HistoryTransformer(showInput: false, showHistoryOutput: false).transform(raw)
        #expect(events.allSatisfy { $0["Input"] == nil && $0["Result"] == nil })
        #expect(events[2]["FunctionName"] == "SayHello")
    }

    @Test("The engine's raw serialization of a run round-trips through the transformer")
    func engineHistory() {
        let start = Date(timeIntervalSince1970: 1_714_554_000)
        var run = InstanceRun(
            instanceId: "x",
            name: "HelloSequence",
            input: nil,
            seed: 7,
            createdAt: start,
            startAt: start,
            parent: nil,
            durationScale: .none,
            incidents: .none
        )!
        run.advance(to: start.addingTimeInterval(60))
        let raw = RawHistory.json(run.history, instanceId: "x", executionId: "e")
        #expect(raw.contains { $0["EventType"] == 12 })
        let events = HistoryTransformer().transform(raw)
        #expect(events.count == 5)
        #expect(events.allSatisfy { $0["EventId"] == nil && $0["IsPlayed"] == nil })
        #expect(events[1]["ScheduledTime"]?.stringValue?.hasSuffix("+00:00") == true)
    }
}
