import CCurses
import ScreenKit

/// Bytes as the terminal delivers them, decoded into keys exactly as the event loop decodes them (``InputReader``,
/// then ``KeyDecoder``), without a curses screen: the key decoder's entry point for its fuzz target and tests.
///
/// Curses' own function-key decoding (terminfo sequences turned into `KEY_*` codes) is not part of this: every byte
/// reaches ``InputReader`` as it does when keypad decoding finds nothing to decode.
public enum TypedKeys {
    /// The keys the bytes make; each element of `reads` is what one read of the terminal returns, and between two
    /// reads no input is ready, so a character or an escape sequence cut there arrives as over a slow link.
    public static func decode(reads: [[UInt8]]) -> [KeyEvent] {
        let source = ReadSource(reads: reads)
        let reader = InputReader(read: source.next)
        var keys: [KeyEvent] = []
        while !source.isExhausted {
            guard let input = reader.next() else {
                continue
            }
            if case .key(let key) = KeyDecoder.decode(input, next: reader.next) {
                keys.append(key)
            }
        }
        return keys
    }
}

/// Hands out the bytes of successive reads one at a time, with `ERR` (nothing ready) at the end of each read.
private final class ReadSource {
    private let reads: [[UInt8]]
    private var readIndex = 0
    private var byteIndex = 0

    init(reads: [[UInt8]]) {
        self.reads = reads
    }

    /// Whether every read has been handed out, its closing `ERR` included.
    var isExhausted: Bool {
        readIndex >= reads.count
    }

    /// The next byte of the current read, else `ERR`, moving on to the next read.
    func next() -> Int32 {
        guard readIndex < reads.count else {
            return ERR
        }
        guard byteIndex < reads[readIndex].count else {
            readIndex += 1
            byteIndex = 0
            return ERR
        }
        byteIndex += 1
        return Int32(reads[readIndex][byteIndex - 1])
    }
}
