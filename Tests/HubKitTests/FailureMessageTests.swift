import DurableAPI
import Testing

@testable import HubKit

@Suite("Failure message normaliser")
struct FailureMessageTests {
    /// Real host failure texts and what they normalise to.
    static let cases: [(text: String, normalized: String)] = [
        (
            "Orchestrator function 'ProcessOrder' failed: The activity function 'ChargeCard' failed: \"Card 4242 declined\". See the function execution logs for additional details.",
            "The activity function 'ChargeCard' failed: \"Card <n> declined\". See the function execution logs for additional details."
        ),
        (
            "One or more errors occurred. (Task 'SayHello' (#1) failed with an unhandled exception: Exception of type 'DurableTask.Core.Exceptions.TaskFailedException' was thrown.)",
            "One or more errors occurred. (Task 'SayHello' (#<n>) failed with an unhandled exception: Exception of type 'DurableTask.Core.Exceptions.TaskFailedException' was thrown.)"
        ),
        (
            """
            System.ArgumentException: The function 'LogErrors' doesn't exist, is disabled, or is not an activity function. Additional info: No activity functions are currently registered!
               at Mix.Functions.Engine.<Run>d__0.MoveNext()
            --- End of stack trace from previous location where exception was thrown ---
               at System.Runtime.CompilerServices.TaskAwaiter.ThrowForNonSuccess(Task task)
            """,
            "System.ArgumentException: The function 'LogErrors' doesn't exist, is disabled, or is not an activity function. Additional info: No activity functions are currently registered!"
        ),
        (
            """
            System.AggregateException: One or more errors occurred. (Task 'GetServiceConnectionAuthorisations' (#1076) failed with an unhandled exception: Exception while executing function: Functions.GetServiceConnectionAuthorisations)
             ---> Microsoft.DurableTask.TaskFailedException: Task 'GetServiceConnectionAuthorisations' (#1076) failed with an unhandled exception
               at DurableTask.Core.TaskOrchestrationContext.ScheduleTaskInternal(String name, String version) in /_/src/DurableTask.Core/TaskOrchestrationContext.cs:line 112
            """,
            "System.AggregateException: One or more errors occurred. (Task 'GetServiceConnectionAuthorisations' (#<n>) failed with an unhandled exception: Exception while executing function: Functions.GetServiceC…"
        ),
        (
            "Timeout value of 00:30:00 exceeded by function 'GenerateExtract_Worker' (Id: '6e41b4e6-dbe2-42b0-b125-eb14b53a4a21'). Initiating cancellation.",
            "Timeout value of <n>:<n>:<n> exceeded by function 'GenerateExtract_Worker' (Id: '…'). Initiating cancellation."
        ),
        (
            """
            System.TimeoutException: The operation has timed out.
               at Contoso.Billing.Gateway.SendAsync(PaymentRequest request) in /home/site/src/Billing/Gateway.cs:line 42
            """,
            "System.TimeoutException: The operation has timed out."
        ),
        (
            """
            Orchestrator function 'ShipOrder' failed: The activity function 'ReserveStock' failed: "Object reference not set to an instance of an object.". See the function execution logs for additional details.
            """,
            "The activity function 'ReserveStock' failed: \"Object reference not set to an instance of an object.\". See the function execution logs for additional details."
        ),
        (
            """
            System.NullReferenceException: Object reference not set to an instance of an object.
               at Contoso.Orders.Functions.ReserveStock.Run(StockRequest input) in C:\\build\\src\\Orders\\ReserveStock.cs:line 57
            """,
            "System.NullReferenceException: Object reference not set to an instance of an object."
        ),
        (
            "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).",
            "System.Net.Http.HttpRequestException: Response status code does not indicate success: <n> (Service Unavailable)."
        ),
        (
            "Microsoft.Azure.WebJobs.Extensions.DurableTask.FunctionFailedException: The activity function 'CallPartner' failed: \"Response status code does not indicate success: 429 (Too Many Requests).\". See the function execution logs for additional details.",
            "Microsoft.Azure.WebJobs.Extensions.DurableTask.FunctionFailedException: The activity function 'CallPartner' failed: \"Response status code does not indicate success: <n> (Too Many Requests).\". See the…"
        ),
        (
            "The activity function 'FetchInvoice' failed: Unable to reach https://billing.contoso.com/api/v2/invoices/88412/lines?page=3&token=ab12cd. Retry later.",
            "The activity function 'FetchInvoice' failed: Unable to reach https://billing.contoso.com/api/<id>/invoices/<n>/lines?page=<v>&token=<v>. Retry later."
        ),
        (
            "Blob https://stcontoso.blob.core.windows.net/uploads/4f2a9c1e-77b0-4c1a-9d4e-0f3b2a6c8d11/report.pdf was not found.",
            "Blob https://stcontoso.blob.core.windows.net/uploads/<guid>/report.pdf was not found."
        ),
        (
            """
            Orchestrator function 'hello_orchestrator' failed: Activity function 'hello' failed: ValueError: City Tokyo is not allowed
            """,
            "Activity function 'hello' failed: ValueError: City Tokyo is not allowed"
        ),
        (
            """
            Traceback (most recent call last):
              File "/home/site/wwwroot/function_app.py", line 31, in hello
                return 100 / count
            ZeroDivisionError: division by zero
            """,
            "ZeroDivisionError: division by zero"
        ),
        (
            """
            TypeError: Cannot read properties of undefined (reading 'customerId')
                at Object.handler (/home/site/wwwroot/dist/src/functions/chargeCard.js:14:29)
                at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
            """,
            "TypeError: Cannot read properties of undefined (reading '…')"
        ),
        (
            "Non-Deterministic workflow detected: TaskScheduledEvent: 0 TaskScheduled SendEmail",
            "Non-Deterministic workflow detected: TaskScheduledEvent: <n> TaskScheduled SendEmail"
        ),
        (
            "Lease for instance 02ece9eb4fc5437fa1e7fc6067914d47 was lost; owner changed to 0x7FFE4A20 after 1500ms",
            "Lease for instance <hex> was lost; owner changed to <hex> after <n>ms"
        ),
        (
            "Order ord-20240501-0042 exceeds the limit of 150.75 EUR for customer C10442 (Int32 overflow in v2 pricing)",
            "Order ord-<n>-<n> exceeds the limit of <n> EUR for customer C<n> (Int32 overflow in v2 pricing)"
        ),
        (
            "The orchestrator 'Approval' timed out waiting for event “ManagerApproval” after 3 attempts",
            "The orchestrator 'Approval' timed out waiting for event “ManagerApproval” after <n> attempts"
        ),
    ]

    @Test("real host texts normalise to the expected message", arguments: 0..<cases.count)
    func normalizes(_ index: Int) {
        #expect(FailureMessage.normalize(Self.cases[index].text) == Self.cases[index].normalized)
    }

    @Test("texts differing only in variable parts land in one message")
    func variablePartsMerge() {
        let texts = [
            "The activity function 'ChargeCard' failed: \"Card 4242 declined\". Attempt 1 of 5 for order 0b1f5c2e-9a3d-4e7b-8c6f-1d2e3f4a5b6c at https://pay.example.com/v1/charges/981273?retry=1",
            "The activity function 'ChargeCard' failed: \"Card 1881 declined\". Attempt 4 of 5 for order 7c9e6679-7425-40de-944b-e07fc1f90ae7 at https://pay.example.com/v1/charges/22?retry=4",
        ]
        #expect(FailureMessage.normalize(texts[0]) == FailureMessage.normalize(texts[1]))
    }

    @Test("different words and different function names stay apart")
    func wordsSeparate() {
        let charge = FailureMessage.normalize("The activity function 'ChargeCard' failed: \"x\"")
        let refund = FailureMessage.normalize("The activity function 'RefundCard' failed: \"x\"")
        let timeout = FailureMessage.normalize("The activity function 'ChargeCard' timed out: \"x\"")
        #expect(Set([charge, refund, timeout]).count == 3)
    }

    @Test("whitespace collapses, and long texts are cut with an ellipsis")
    func whitespaceAndLength() {
        #expect(FailureMessage.normalize("  a \t\t b  \n  c  ") == "a b c")
        let long = FailureMessage.normalize(String(repeating: "word ", count: 100))
        #expect(long.unicodeScalars.count == FailureMessage.maximumLength)
        #expect(long.hasSuffix("…"))
    }

    @Test("an unclosed quote and apostrophes stay as they are")
    func unclosedQuotes() {
        #expect(FailureMessage.normalize("can't open 'config") == "can't open 'config")
        #expect(FailureMessage.normalize("the \"value is 12") == "the \"value is <n>")
    }

    @Test("the text of an output: string, failure details object, other JSON, none")
    func textOfOutput() {
        #expect(FailureMessage.text(of: .string("boom")) == "boom")
        #expect(FailureMessage.text(of: .string("  ")) == nil)
        #expect(FailureMessage.text(of: .null) == nil)
        let details: JSONValue = .object([
            "ErrorType": .string("System.InvalidOperationException"),
            "ErrorMessage": .string("Sequence contains no elements"),
            "StackTrace": .string("   at System.Linq.ThrowHelper.ThrowNoElementsException()"),
        ])
        #expect(FailureMessage.text(of: details) == "Sequence contains no elements")
        #expect(FailureMessage.text(of: .object(["code": .number(JSONNumber(7))])) == "{\"code\":7}")
        #expect(FailureMessage.text(of: .number(JSONNumber(123))) == "123")
    }

    @Test("a text that normalises to nothing gets the missing-message placeholder")
    func emptyAfterNormalising() {
        #expect(FailureMessage.normalize("   at Foo.Bar()") == FailureMessage.missing)
    }
}
