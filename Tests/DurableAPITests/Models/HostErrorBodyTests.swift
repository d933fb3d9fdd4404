import Foundation
import Testing

@testable import DurableAPI

@Suite struct HostErrorBodyTests {
    /// §3: the 500 example.
    static let longForm = """
        {
          "Message": "Something went wrong while processing your request",
          "ExceptionMessage": "An Orchestration instance with the status Running already exists.",
          "ExceptionType": "DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException",
          "StackTrace": "   at DurableTask.AzureStorage.AzureStorageOrchestrationService.CreateTaskOrchestrationAsync(...)"
        }
        """

    @Test func longFormPrefersExceptionMessageWithMessageAsContext() throws {
        let body = HostErrorBody(body: Data(Self.longForm.utf8))
        guard case .long(let message, let exceptionMessage, let exceptionType, let stackTrace) = body else {
            Issue.record("expected the long form")
            return
        }
        #expect(message == "Something went wrong while processing your request")
        #expect(exceptionMessage == "An Orchestration instance with the status Running already exists.")
        #expect(exceptionType == "DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException")
        #expect(stackTrace?.hasPrefix("   at DurableTask") == true)
        #expect(
            body.message
                == "An Orchestration instance with the status Running already exists. (Something went wrong while processing your request)"
        )
        #expect(!body.message.contains("StackTrace") && !body.message.contains(" at DurableTask"))
    }

    @Test func shortForm() throws {
        let body = HostErrorBody(
            json: try JSONValue(parsing: #"{"Message":"Only application/json request content is supported"}"#)
        )
        #expect(body == .short(message: "Only application/json request content is supported"))
        #expect(body.message == "Only application/json request content is supported")
        #expect(body.json.compactText == #"{"Message":"Only application/json request content is supported"}"#)
    }

    @Test func bareJSONStringBodies() {
        let purge = HostErrorBody(body: Data(#""Please provide value for 'createdTimeFrom' parameter.""#.utf8))
        #expect(purge == .text("Please provide value for 'createdTimeFrom' parameter."))
        #expect(purge.message == "Please provide value for 'createdTimeFrom' parameter.")
        let rewind = HostErrorBody(
            body: Data(
                #""This orchestration has status Running, but only orchestrations in the \"Failed\" state can be rewound.""#
                    .utf8
            )
        )
        #expect(
            rewind.message
                == #"This orchestration has status Running, but only orchestrations in the "Failed" state can be rewound."#
        )
    }

    @Test func longFormWithoutExceptionMessageFallsBackToMessage() {
        let body = HostErrorBody(json: [
            "Message": "Invalid JSON content", "ExceptionMessage": nil, "ExceptionType": nil,
        ])
        #expect(
            body == .long(message: "Invalid JSON content", exceptionMessage: nil, exceptionType: nil, stackTrace: nil)
        )
        #expect(body.message == "Invalid JSON content")
        let typeOnly = HostErrorBody(json: ["Message": "", "ExceptionType": "System.Exception"])
        #expect(typeOnly.message == "System.Exception")
    }

    @Test func longFormReEncodesInHostOrder() throws {
        let body = HostErrorBody(body: Data(Self.longForm.utf8))
        #expect(body.json.compactText == (try JSONValue(parsing: Self.longForm)).compactText)
    }

    @Test func messagesNeverShowTheKey() {
        let body = HostErrorBody(json: ["Message": "see https://h/x?taskHub=H&code=SYSKEY&connection=Storage"])
        #expect(!body.message.contains("SYSKEY"))
    }

    @Test func messagesAreOneSafeLine() {
        let body = HostErrorBody(json: ["Message": "line one\nline two\u{1B}[31m"])
        #expect(body.message == "line one line two [31m")
    }

    @Test func nonJSONAndOtherShapesStillReadable() {
        #expect(
            HostErrorBody(body: Data("  <html>Bad Gateway</html>\n".utf8)) == .plainText("<html>Bad Gateway</html>")
        )
        #expect(HostErrorBody(body: Data("  <html>Bad Gateway</html>\n".utf8)).message == "<html>Bad Gateway</html>")
        #expect(HostErrorBody(json: ["error": "x"]).message == #"{"error":"x"}"#)
        #expect(HostErrorBody(json: ["message": "lower case"]) == .short(message: "lower case"))
    }
}
