import CCurl
import Foundation

/// The state of one transfer, reached from libcurl's callbacks through the userdata pointer.
///
/// Used only on the worker thread that performs the transfer.
final class CurlTransfer {
    let limit: Int
    let cancelFlag: CancelFlag
    var body = Data()
    var headers = HTTPHeaders()
    var exceededLimit = false

    init(limit: Int, cancelFlag: CancelFlag) {
        self.limit = limit
        self.cancelFlag = cancelFlag
    }

    /// Adds one raw header line; a status line starts a new header block (after `100 Continue`). The line is
    /// split and trimmed as bytes (optional whitespace is spaces and tabs, RFC 9110 §5.6.3), and only the name and
    /// the value become strings.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = Self.trimmed(bytes[...])
        if line.starts(with: "HTTP/".utf8) {
            headers = HTTPHeaders()
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = Self.trimmed(line[..<colon])
        guard !name.isEmpty else { return }
        let value = Self.trimmed(line[(colon + 1)...])
        headers.add(name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }

    /// `bytes` without the spaces, tabs and line ends around it.
    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>) -> Slice<UnsafeRawBufferPointer> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isBlank(bytes[start]) {
            start += 1
        }
        while end > start, isBlank(bytes[end - 1]) {
            end -= 1
        }
        return bytes[start..<end]
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }
}

/// libcurl write callback: appends body bytes, or stops the transfer when the size cap would be passed.
let curlWriteBody: dt_curl_write_callback = { data, size, count, userdata in
    guard let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    if transfer.body.count + length > transfer.limit {
        transfer.exceededLimit = true
        return 0
    }
    transfer.body.append(UnsafeRawBufferPointer(start: data, count: length).bindMemory(to: UInt8.self))
    return length
}

/// libcurl header callback: collects every header line, empty values included.
let curlReceiveHeader: dt_curl_header_callback = { data, size, count, userdata in
    guard let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    let length = size * count
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: length))
    return length
}

/// libcurl progress callback: a non-zero answer aborts the transfer when the caller cancelled.
let curlCheckCancellation: dt_curl_xferinfo_callback = { userdata, _, _, _, _ in
    guard let userdata else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
    return transfer.cancelFlag.isSet ? 1 : 0
}
