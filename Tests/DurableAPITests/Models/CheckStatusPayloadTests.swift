import Testing

@testable import DurableAPI

@Suite struct CheckStatusPayloadTests {
    private static let base = "https://myapp.azurewebsites.net/runtime/webhooks/durabletask/instances/ord-20240501-0042"
    private static let query = "taskHub=OrdersHub&connection=Storage&code=SYSKEY"

    /// §4.3, compact, key order as on the wire.
    static let v2 = """
        {"id":"ord-20240501-0042",\
        "statusQueryGetUri":"\(base)?\(query)",\
        "sendEventPostUri":"\(base)/raiseEvent/{eventName}?\(query)",\
        "terminatePostUri":"\(base)/terminate?reason={text}&\(query)",\
        "purgeHistoryDeleteUri":"\(base)?\(query)",\
        "restartPostUri":"\(base)/restart?\(query)",\
        "suspendPostUri":"\(base)/suspend?reason={text}&\(query)",\
        "resumePostUri":"\(base)/resume?reason={text}&\(query)"}
        """

    @Test func decodesTheV2BuiltInPayloadAndReEncodesItByteForByte() throws {
        let payload = try CheckStatusPayload(json: JSONValue(parsing: Self.v2))
        #expect(payload.id == "ord-20240501-0042")
        #expect(payload.statusQueryGetUri == "\(Self.base)?\(Self.query)")
        #expect(payload.sendEventPostUri.contains("/raiseEvent/{eventName}?"))
        #expect(payload.rewindPostUri == nil)
        #expect(payload.restartPostUri == "\(Self.base)/restart?\(Self.query)")
        #expect(payload.json.compactText == Self.v2)
    }

    @Test func httpManagementPayloadHasNineKeysWithRewind() throws {
        var payload = try CheckStatusPayload(json: JSONValue(parsing: Self.v2))
        payload.rewindPostUri = "\(Self.base)/rewind?reason={text}&\(Self.query)"
        #expect(
            payload.json.objectValue?.keys.elements == [
                "id", "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "rewindPostUri",
                "purgeHistoryDeleteUri", "restartPostUri", "suspendPostUri", "resumePostUri",
            ]
        )
        #expect(try CheckStatusPayload(json: payload.json) == payload)
    }

    @Test func decodesTheV1Shape() throws {
        let v1 =
            #"{"id":"abc","statusQueryGetUri":"http://localhost:7071/admin/extensions/DurableTaskExtension/instances/abc?taskHub=DurableFunctionsHub&connection=Storage&code=K","sendEventPostUri":"s","terminatePostUri":"t","rewindPostUri":"r","purgeHistoryDeleteUri":"p"}"#
        let payload = try CheckStatusPayload(json: JSONValue(parsing: v1))
        #expect(payload.rewindPostUri == "r")
        #expect(payload.restartPostUri == nil && payload.suspendPostUri == nil && payload.resumePostUri == nil)
        #expect(payload.json.compactText == v1)
    }

    @Test func decodesThePythonShape() throws {
        let python =
            #"{"id":"i","statusQueryGetUri":"q","sendEventPostUri":"s","terminatePostUri":"t","rewindPostUri":"r","purgeHistoryDeleteUri":"p","restartPostUri":"re","suspendPostUri":"su","resumePostUri":"rs"}"#
        let payload = try CheckStatusPayload(json: JSONValue(parsing: python))
        #expect(payload.rewindPostUri == "r" && payload.restartPostUri == "re")
        #expect(payload.json.compactText == python)
    }

    @Test func decodesTheDotNetIsolatedShapeInAnyKeyCase() throws {
        let isolated =
            #"{"id":"i","purgeHistoryDeleteUri":"https://h/runtime/webhooks/durabletask/instances/i?code=K","sendEventPostUri":"s","statusQueryGetUri":"q","terminatePostUri":"https://h/runtime/webhooks/durabletask/instances/i/terminate?reason={{text}}&code=K","suspendPostUri":"su","resumePostUri":"rs"}"#
        let payload = try CheckStatusPayload(json: JSONValue(parsing: isolated))
        #expect(payload.terminatePostUri.contains("reason={{text}}"))
        #expect(payload.restartPostUri == nil && payload.rewindPostUri == nil)
        let pascal =
            #"{"Id":"i","StatusQueryGetUri":"q","SendEventPostUri":"s","TerminatePostUri":"t","PurgeHistoryDeleteUri":"p","Extra":1}"#
        let fromPascal = try CheckStatusPayload(json: JSONValue(parsing: pascal))
        #expect(fromPascal.id == "i" && fromPascal.statusQueryGetUri == "q")
    }

    @Test func missingRequiredLinkNamesTheKey() {
        #expect {
            try CheckStatusPayload(json: JSONValue(parsing: #"{"id":"i","statusQueryGetUri":"q"}"#))
        } throws: { error in
            (error as? JSONDecodingError)?.description == "$.sendEventPostUri: expected string, found missing"
        }
    }

    @Test func descriptionNeverShowsTheKey() throws {
        let payload = try CheckStatusPayload(json: JSONValue(parsing: Self.v2))
        #expect(!"\(payload)".contains("SYSKEY"))
        #expect(!String(reflecting: payload).contains("SYSKEY"))
        #expect("\(payload)".contains("code=\(Redaction.mask)"))
    }
}
