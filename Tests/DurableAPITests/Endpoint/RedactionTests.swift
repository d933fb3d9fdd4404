import Testing

@testable import DurableAPI

@Suite struct RedactionTests {
    @Test func removesCodeValuesFromURLs() {
        let url = "https://app/runtime/webhooks/durabletask/instances/x?taskHub=H&connection=Storage&code=SYS%2Fkey=="
        #expect(
            Redaction.standard.apply(url)
                == "https://app/runtime/webhooks/durabletask/instances/x?taskHub=H&connection=Storage&code=***"
        )
        #expect(Redaction.standard.apply("a?code=abc&b=1") == "a?code=***&b=1")
        #expect(Redaction.standard.apply("CODE=abc") == "CODE=***")
        #expect(Redaction.standard.apply("\"code=abc\"") == "\"code=***\"")
    }

    @Test func removesFunctionsKeyHeaderValues() {
        #expect(Redaction.standard.apply("x-functions-key: s3cr3t\r\nAccept: x") == "x-functions-key: ***\r\nAccept: x")
    }

    @Test func removesKnownKeyTextRawAndEncoded() {
        let redaction = Redaction(secrets: ["ab+c/d=="])
        #expect(redaction.apply("failed with ab+c/d== in text") == "failed with *** in text")
        #expect(redaction.apply("url key=ab%2Bc%2Fd%3D%3D") == "url key=***")
    }

    @Test func findsMarkersInTextsOfAnyScript() {
        #expect(
            Redaction.standard.apply("überweisung fehlgeschlagen: ?Code=abc") == "überweisung fehlgeschlagen: ?Code=***"
        )
        #expect(Redaction.standard.apply("X-Functions-\u{212A}ey: s3cr3t") == "X-Functions-\u{212A}ey: ***")
        #expect(Redaction.standard.apply("заказ 42 не найден") == "заказ 42 не найден")
        #expect(Redaction.standard.apply("x") == "x")
    }

    @Test func leavesOtherTextAlone() {
        #expect(Redaction.standard.apply("no secrets here: code") == "no secrets here: code")
        #expect(Redaction(secrets: [""]).apply("abc") == "abc")
    }

    @Test func removesBearerTokensAndSignatures() {
        #expect(Redaction.standard.apply("Authorization: Bearer eyJ0eXAi.x.y") == "Authorization: Bearer ***")
        #expect(Redaction.standard.apply("GET https://b/c?sv=1&sig=AbC%2B&se=2") == "GET https://b/c?sv=1&sig=***&se=2")
    }

    @Test func masksCredentialMembersAndKeyTextInJSON() throws {
        let redaction = Redaction(secrets: ["k3y"])
        let value = try JSONValue(
            parsing:
                #"{"headers":{"Authorization":"Bearer t0ken","Accept":"json"},"note":"k3y","body":"{\"password\":\"p\"}"}"#
        )
        let masked = redaction.apply(value)
        #expect(masked["headers"]?["Authorization"] == "Bearer ***")
        #expect(masked["headers"]?["Accept"] == "json")
        #expect(masked["note"] == "***")
        #expect(masked["body"] == #"{"password":"***"}"#)
    }
}
