import ScreenKit
import TerminalUI

/// The `keys` target: bytes typed at the terminal, decoded in one read and again one byte a read; no key may carry
/// a control character as text (C0, DEL or C1), as the decoder promises.
enum KeyFuzzing {
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        for reads in [[bytes], bytes.map { [$0] }] {
            for key in TypedKeys.decode(reads: reads) {
                guard case .character(let character) = key else {
                    continue
                }
                if character.unicodeScalars.contains(where: isControl) {
                    return .broken("a control character passed as text: \(character.unicodeScalars.map(\.value))")
                }
            }
        }
        return .accepted
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
