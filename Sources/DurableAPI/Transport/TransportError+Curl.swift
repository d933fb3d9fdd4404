import CCurl

extension TransportError {
    /// Classifies a libcurl failure.
    init(curlCode code: CURLcode, detail: String, exceededLimit: Bool, limit: Int) {
        switch code {
        case CURLE_COULDNT_CONNECT:
            self = .connectionFailed(detail)
        case CURLE_OPERATION_TIMEDOUT:
            self = .timedOut(detail)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            self = .dns(detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_USE_SSL_FAILED:
            self = .tls(detail)
        case CURLE_FILESIZE_EXCEEDED:
            self = .responseTooLarge(limit: limit)
        case CURLE_WRITE_ERROR where exceededLimit:
            self = .responseTooLarge(limit: limit)
        case CURLE_ABORTED_BY_CALLBACK:
            self = .cancelled
        default:
            self = .other(code: Int(code.rawValue), message: detail)
        }
    }
}
