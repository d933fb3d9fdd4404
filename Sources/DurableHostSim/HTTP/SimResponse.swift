import DurableAPI
import Foundation
import Hummingbird

/// Builders for the host's response shapes (§3): JSON bodies with `application/json; charset=utf-8`, empty
/// bodies without a content type, and the short, long and bare-string error forms.
enum SimResponse {
    /// The content type of every JSON body.
    static let jsonContentType = "application/json; charset=utf-8"

    /// An empty response (Content-Length 0, no Content-Type).
    static func empty(_ status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        Response(status: status, headers: headers, body: ResponseBody())
    }

    /// A JSON response with `value` serialized compactly.
    static func json(_ status: HTTPResponse.Status, _ value: JSONValue, headers: HTTPFields = [:]) -> Response {
        text(status, value.compactText, headers: headers)
    }

    /// A response whose body is `body`, labelled as JSON.
    static func text(_ status: HTTPResponse.Status, _ body: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = jsonContentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// The short error form `{"Message":"…"}`.
    static func shortError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, HostErrorBody.short(message: message).json)
    }

    /// The long error form of an exception caught by the dispatcher.
    static func longError(
        _ status: HTTPResponse.Status,
        message: String,
        exceptionMessage: String,
        exceptionType: String,
        stackTrace: String
    ) -> Response {
        json(
            status,
            HostErrorBody.long(
                message: message,
                exceptionMessage: exceptionMessage,
                exceptionType: exceptionType,
                stackTrace: stackTrace
            ).json
        )
    }

    /// A `400` for an `ArgumentException` caught by the dispatcher.
    static func argumentError(_ exceptionMessage: String) -> Response {
        longError(
            .badRequest,
            message: "One or more of the arguments submitted is incorrect",
            exceptionMessage: exceptionMessage,
            exceptionType: "System.ArgumentException",
            stackTrace:
                "   at Microsoft.Azure.WebJobs.Extensions.DurableTask.HttpApiHandler.HandleRequestAsync(HttpRequestMessage request)"
        )
    }

    /// A `500` for any other exception caught by the dispatcher.
    static func internalError(_ exceptionMessage: String, type: String) -> Response {
        longError(
            .internalServerError,
            message: "Something went wrong while processing your request",
            exceptionMessage: exceptionMessage,
            exceptionType: type,
            stackTrace:
                "   at Microsoft.Azure.WebJobs.Extensions.DurableTask.HttpApiHandler.HandleRequestAsync(HttpRequestMessage request)"
        )
    }

    /// A body that is a bare JSON string.
    static func bareString(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, HostErrorBody.text(message).json)
    }
}

extension HTTPFields {
    /// Sets the header `name` (a name chosen at run time) to `value`, replacing earlier values.
    mutating func set(_ name: String, _ value: String) {
        guard let fieldName = HTTPFields.name(name) else {
            return
        }
        self[fieldName] = value
    }

    /// The first value of header `name`, if present.
    func value(_ name: String) -> String? {
        guard let fieldName = HTTPFields.name(name) else {
            return nil
        }
        return self[fieldName]
    }

    private static func name(_ text: String) -> HTTPFields.Element.Name? {
        .init(text)
    }
}
