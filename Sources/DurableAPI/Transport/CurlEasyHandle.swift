import CCurl
import Foundation

/// An owning wrapper around one libcurl easy handle, reused for many transfers on ONE thread.
///
/// Before every transfer the handle is reset (options cleared, connection and DNS caches kept) and configured
/// from scratch, so nothing leaks from one request into the next.
final class CurlEasyHandle {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init?() {
        guard let handle = curl_easy_init() else { return nil }
        self.handle = handle
        self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        self.errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// Performs one request, blocking the calling thread until it completes, fails or is cancelled.
    func perform(
        _ request: HTTPRequest,
        options: CurlTransport.Options,
        cancelFlag: CancelFlag
    ) -> Result<HTTPResponse, TransportError> {
        curl_easy_reset(handle)
        errorBuffer[0] = 0
        let transfer = CurlTransfer(limit: options.maxResponseBytes, cancelFlag: cancelFlag)
        let transferPointer = Unmanaged.passUnretained(transfer).toOpaque()
        let headerList = makeHeaderList(
            request.headers,
            removeDefaultContentType: request.headers["Content-Type"] == nil
        )
        defer { curl_slist_free_all(headerList) }

        var setupCode = configure(request, options: options, headerList: headerList)
        if setupCode == CURLE_OK {
            setupCode = installCallbacks(transferPointer)
        }
        let code = setupCode == CURLE_OK ? withExtendedLifetime(transfer) { curl_easy_perform(handle) } : setupCode
        if code != CURLE_OK {
            return .failure(transportError(for: code, transfer: transfer))
        }
        var status = 0
        _ = dt_curl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: transfer.headers, body: transfer.body))
    }

    private func configure(
        _ request: HTTPRequest,
        options: CurlTransport.Options,
        headerList: UnsafeMutablePointer<curl_slist>?
    ) -> CURLcode {
        var codes: [CURLcode] = [
            dt_curl_easy_setopt_string(handle, CURLOPT_URL, request.url),
            dt_curl_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"),
            dt_curl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
            dt_curl_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, options.connectTimeout.wholeMilliseconds),
            dt_curl_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, options.totalTimeout.wholeMilliseconds),
            dt_curl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, options.insecure ? 0 : 1),
            dt_curl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, options.insecure ? 0 : 2),
            dt_curl_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""),
            dt_curl_easy_setopt_string(handle, CURLOPT_USERAGENT, options.userAgent),
            dt_curl_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0),
            dt_curl_easy_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1),
            dt_curl_easy_setopt_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(options.maxResponseBytes)),
            dt_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList),
            dt_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer),
        ]
        if !options.useEnvironmentProxy {
            codes.append(dt_curl_easy_setopt_string(handle, CURLOPT_NOPROXY, "*"))
        }
        switch request.method {
        case .get:
            codes.append(dt_curl_easy_setopt_long(handle, CURLOPT_HTTPGET, 1))
        case .post:
            codes.append(dt_curl_easy_setopt_long(handle, CURLOPT_POST, 1))
            codes.append(setBody(request.body))
        case .delete:
            codes.append(dt_curl_easy_setopt_string(handle, CURLOPT_CUSTOMREQUEST, "DELETE"))
            if !request.body.isEmpty {
                codes.append(setBody(request.body))
            }
        }
        return codes.first { $0 != CURLE_OK } ?? CURLE_OK
    }

    private func setBody(_ body: Data) -> CURLcode {
        let sizeCode = dt_curl_easy_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
        guard sizeCode == CURLE_OK else { return sizeCode }
        var bytes = [UInt8](body)
        bytes.append(0)
        return bytes.withUnsafeMutableBytes { buffer in
            dt_curl_easy_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, buffer.baseAddress)
        }
    }

    private func installCallbacks(_ transferPointer: UnsafeMutableRawPointer) -> CURLcode {
        let codes: [CURLcode] = [
            dt_curl_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody),
            dt_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, transferPointer),
            dt_curl_easy_setopt_header_callback(handle, curlReceiveHeader),
            dt_curl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, transferPointer),
            dt_curl_easy_setopt_xferinfo_callback(handle, curlCheckCancellation),
            dt_curl_easy_setopt_pointer(handle, CURLOPT_XFERINFODATA, transferPointer),
            dt_curl_easy_setopt_long(handle, CURLOPT_NOPROGRESS, 0),
        ]
        return codes.first { $0 != CURLE_OK } ?? CURLE_OK
    }

    /// Builds libcurl's header list. An empty value is written `Name;` (libcurl's syntax for "send empty");
    /// `Expect:` turns off `100-continue` round trips, and `Content-Type:` drops the form content type libcurl
    /// would otherwise add to a POST without one.
    private func makeHeaderList(
        _ headers: HTTPHeaders,
        removeDefaultContentType: Bool
    ) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>? = curl_slist_append(nil, "Expect:")
        if removeDefaultContentType {
            list = curl_slist_append(list, "Content-Type:")
        }
        for field in headers.fields {
            let line = field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)"
            list = curl_slist_append(list, line)
        }
        return list
    }

    private func transportError(for code: CURLcode, transfer: CurlTransfer) -> TransportError {
        let detail = errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(code))
        return TransportError(
            curlCode: code,
            detail: detail,
            exceededLimit: transfer.exceededLimit,
            limit: transfer.limit
        )
    }
}
