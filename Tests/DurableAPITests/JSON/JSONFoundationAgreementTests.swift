import Foundation
import Testing

@testable import DurableAPI

/// Checks the hand parser and serializer against Foundation's independent JSON implementation on the one thing
/// Foundation does preserve: string contents (escapes, control characters, non-ASCII, surrogate pairs).
@Suite struct JSONFoundationAgreementTests {
    @Test func foundationReadsOurEscapedStrings() throws {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let string = generator.makeString() + generator.makeString()
            let text = JSONValue.array([.string(string)]).compactText
            let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
            #expect(decoded == [string])
        }
    }

    @Test func weReadFoundationsEscapedStrings() throws {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<500 {
            let string = generator.makeString() + generator.makeString()
            let data = try JSONSerialization.data(withJSONObject: [string])
            #expect(try JSONValue(parsing: data) == [.string(string)])
        }
    }
}
