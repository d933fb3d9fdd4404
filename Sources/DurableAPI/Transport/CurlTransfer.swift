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

    /// Adds one raw header line; a status line starts a new header block (after `100 Continue`).
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        var line = String(decoding: bytes, as: UTF8.self)
        while line.hasSuffix("\n") || line.hasSuffix("\r") {
            line.removeLast()
        }
        if line.hasPrefix("HTTP/") {
            headers = HTTPHeaders()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon]).trimmingWhitespace()
        let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
        guard !name.isEmpty else { return }
        headers.add(name: name, value: value)
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
