import Foundation
import Testing

@testable import DurableAPI

/// Hostile-input check: corrupted host payloads must produce a parse or decoding error, never a trap.
@Suite struct MutatedPayloadTests {
    @Test func corruptedStatusBodiesFailCleanly() {
        var generator = SplitMix64(seed: 99)
        let original = Array(HostPayloads.statusWithHistory.utf8)
        let replacements: [UInt8] = Array("{}[]\",:\\0-.eE+ntfu\u{01}".utf8) + [0x00, 0xC3, 0xFF, 0x80]
        var parsed = 0
        var rejected = 0
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<1 + generator.next(below: 3) {
                let position = generator.next(below: bytes.count)
                switch generator.next(below: 3) {
                case 0: bytes[position] = replacements[generator.next(below: replacements.count)]
                case 1: bytes.remove(at: position)
                default: bytes.insert(replacements[generator.next(below: replacements.count)], at: position)
                }
            }
            do {
                let value = try JSONValue(parsing: Data(bytes))
                parsed += 1
                _ = try? OrchestrationStatus(json: value)
            } catch {
                rejected += 1
                #expect(error.offset >= 0 && error.offset <= bytes.count)
            }
        }
        #expect(rejected > 1_000)
        #expect(parsed > 0)
    }
}
