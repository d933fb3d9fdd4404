import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A small Hummingbird server on 127.0.0.1 (free port) with the routes the transport tests need.
enum LoopbackServer {
    /// `{"compressed":true,"text":"durable durable …"}` (200 × "durable "), gzip-compressed.
    static let gzipBody = Data(
        base64Encoded: "H4sIAAAAAAACA6tWSs7PLShKLS5OTVGyKikqTdVRKkmtKFGyUkopLUpMyklVGKVH6VF6lB6lR2lSaKVaAKA05IxdBgAA"
    )!

    /// The text `gzipBody` decompresses to.
    static let gzipText = "{\"compressed\":true,\"text\":\"" + String(repeating: "durable ", count: 200) + "\"}"

    /// Starts the server, runs `body` with its base URL (`http://127.0.0.1:PORT`), then shuts the server down.
    static func run(_ body: @Sendable (String) async throws -> Void) async throws {
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "loopback")
        logger.logLevel = .critical
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
            },
            logger: logger
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await app.run()
            }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            do {
                try await body("http://127.0.0.1:\(port)")
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }

    private static func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("headers") { request, _ -> Response in
            var lines = ""
            for field in request.headers {
                lines += "\(field.name.canonicalName): \(field.value)\n"
            }
            var headers = HTTPFields()
            headers.append(HTTPField(name: HTTPField.Name("x-ms-continuation-token")!, value: ""))
            headers.append(HTTPField(name: HTTPField.Name("x-multi")!, value: "a"))
            headers.append(HTTPField(name: HTTPField.Name("x-multi")!, value: "b"))
            headers.append(HTTPField(name: .retryAfter, value: "7"))
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: lines)))
        }
        router.post("echo", use: echo)
        router.delete("echo", use: echo)
        router.get("echo", use: echo)
        router.get("gzip") { request, _ -> Response in
            guard request.headers[.acceptEncoding]?.contains("gzip") == true else {
                return Response(status: .notAcceptable)
            }
            var headers = HTTPFields()
            headers[.contentEncoding] = "gzip"
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: gzipBody)))
        }
        router.get("bytes/{count}") { _, context -> Response in
            let count = Int(context.parameters.get("count") ?? "") ?? 0
            let buffer = ByteBuffer(repeating: UInt8(ascii: "x"), count: count)
            return Response(status: .ok, body: .init(byteBuffer: buffer))
        }
        router.get("stream/{count}") { _, context -> Response in
            let count = Int(context.parameters.get("count") ?? "") ?? 0
            let body = ResponseBody { writer in
                var left = count
                while left > 0 {
                    let chunk = min(left, 1024)
                    try await writer.write(ByteBuffer(repeating: UInt8(ascii: "y"), count: chunk))
                    left -= chunk
                }
                try await writer.finish(nil)
            }
            return Response(status: .ok, body: body)
        }
        router.get("slow") { _, _ -> Response in
            try? await Task.sleep(for: .seconds(2))
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "late")))
        }
        router.get("status/{code}") { _, context -> Response in
            let code = Int(context.parameters.get("code") ?? "") ?? 500
            return Response(status: .init(code: code))
        }
        return router
    }

    @Sendable private static func echo(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 1_000_000)
        var headers = HTTPFields()
        headers.append(HTTPField(name: HTTPField.Name("x-method")!, value: request.method.rawValue))
        headers.append(
            HTTPField(name: HTTPField.Name("x-content-type")!, value: request.headers[.contentType] ?? "(none)")
        )
        headers.append(
            HTTPField(name: HTTPField.Name("x-content-length")!, value: request.headers[.contentLength] ?? "(none)")
        )
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
}
