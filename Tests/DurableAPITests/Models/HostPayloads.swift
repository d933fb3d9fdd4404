/// The example payloads of durable-http-api.md, verbatim, shared by the model tests.
enum HostPayloads {
    /// §4.2: single instance, running, no history (pretty-printed as in the document).
    static let statusRunning = """
        {
          "name": "ProcessOrder",
          "instanceId": "ord-20240501-0042",
          "runtimeStatus": "Running",
          "input": { "orderId": "ORD-0042", "amount": 150.0 },
          "customStatus": { "stage": "awaiting-approval", "progress": 0.4 },
          "output": null,
          "createdTime": "2024-05-01T09:00:00Z",
          "lastUpdatedTime": "2024-05-01T09:00:07Z"
        }
        """

    /// §5.2: the 202 body, compact as on the wire.
    static let status202 =
        #"{"name":"ProcessOrder","instanceId":"ord-20240501-0042","runtimeStatus":"Running","input":{"orderId":"ORD-0042","amount":150.0},"customStatus":null,"output":null,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:03Z"}"#

    /// §5.3: one list page.
    static let listPage = """
        [
          {"name":"ProcessOrder","instanceId":"ord-20240501-0042","runtimeStatus":"Running","input":null,"customStatus":{"stage":"awaiting-approval"},"output":null,"createdTime":"2024-05-01T09:00:00Z","lastUpdatedTime":"2024-05-01T09:00:07Z"},
          {"name":"ProcessOrder","instanceId":"ord-20240501-0043","runtimeStatus":"Pending","input":null,"customStatus":null,"output":null,"createdTime":"2024-05-01T09:01:10Z","lastUpdatedTime":"2024-05-01T09:01:10Z"}
        ]
        """

    /// §6.3: completed instance with full history.
    static let statusWithHistory = """
        {
          "name": "HelloSequence",
          "instanceId": "seq-7f3a",
          "runtimeStatus": "Completed",
          "input": null,
          "customStatus": null,
          "output": ["Hello Tokyo!", "Hello Seattle!"],
          "createdTime": "2024-05-01T09:00:00Z",
          "lastUpdatedTime": "2024-05-01T09:00:04Z",
          "historyEvents": [
            {
              "EventType": "ExecutionStarted",
              "Input": null,
              "Correlation": null,
              "ParentTraceContext": null,
              "ScheduledStartTime": null,
              "Generation": 0,
              "Timestamp": "2024-05-01T09:00:00.1452372Z",
              "FunctionName": "HelloSequence"
            },
            {
              "EventType": "TimerCreated",
              "FireAt": "2024-05-01T09:00:01.5Z",
              "Timestamp": "2024-05-01T09:00:00.5113Z"
            },
            {
              "EventType": "TimerFired",
              "FireAt": "2024-05-01T09:00:01.5Z",
              "Timestamp": "2024-05-01T09:00:01.6120048Z"
            },
            {
              "EventType": "TaskCompleted",
              "Result": "Hello Tokyo!",
              "Timestamp": "2024-05-01T09:00:02.2895622Z",
              "ScheduledTime": "2024-05-01T09:00:01.9939873+00:00",
              "FunctionName": "SayHello",
              "Input": "\\"Tokyo\\""
            },
            {
              "EventType": "EventRaised",
              "Name": "Continue",
              "Input": "{\\"approved\\":true}",
              "ParentTraceContext": null,
              "Timestamp": "2024-05-01T09:00:02.9001Z"
            },
            {
              "EventType": "TaskCompleted",
              "Result": "Hello Seattle!",
              "Timestamp": "2024-05-01T09:00:03.1765771Z",
              "ScheduledTime": "2024-05-01T09:00:02.9755705+00:00",
              "FunctionName": "SayHello",
              "Input": "\\"Seattle\\""
            },
            {
              "EventType": "ExecutionCompleted",
              "OrchestrationStatus": "Completed",
              "Result": ["Hello Tokyo!", "Hello Seattle!"],
              "FailureDetails": null,
              "Timestamp": "2024-05-01T09:00:03.6660895Z"
            }
          ]
        }
        """

    /// §6.3: a failing activity (fragment).
    static let taskFailed = """
        { "EventType": "TaskFailed", "Reason": "Activity function 'ChargeCard' failed: Card declined",
          "Details": "{\\"$type\\":\\"System.InvalidOperationException\\",\\"Message\\":\\"Card declined\\"}",
          "FailureDetails": null, "Timestamp": "2024-05-01T10:02:11.08Z",
          "ScheduledTime": "2024-05-01T10:02:10.4+00:00", "FunctionName": "ChargeCard", "Input": "{\\"amount\\":150.0}" }
        """

    /// §6.3: a running child (fragment).
    static let subOrchestrationCreated = """
        { "EventType": "SubOrchestrationInstanceCreated", "Name": "ShipOrder", "InstanceId": "ord-0042:ship",
          "Input": "\\"ORD-0042\\"", "ClientSpanId": null, "Tags": null, "Timestamp": "2024-05-01T10:03:00.12Z" }
        """
}
