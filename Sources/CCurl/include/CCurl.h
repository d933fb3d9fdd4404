// Typed wrappers for libcurl's variadic calls, which Swift cannot import.
#ifndef DURABLETOP_CCURL_H
#define DURABLETOP_CCURL_H

#include <curl/curl.h>
#include <stddef.h>

typedef size_t (*dt_curl_write_callback)(char *_Nonnull data, size_t size, size_t count, void *_Nullable userdata);
typedef size_t (*dt_curl_header_callback)(char *_Nonnull data, size_t size, size_t count, void *_Nullable userdata);
typedef int (*dt_curl_xferinfo_callback)(
    void *_Nullable userdata, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow);

/// Runs `curl_global_init(CURL_GLOBAL_ALL)` and ignores SIGPIPE, exactly once per process (thread-safe).
CURLcode dt_curl_global_init_once(void);

CURLcode dt_curl_easy_setopt_long(CURL *_Nonnull handle, CURLoption option, long value);
CURLcode dt_curl_easy_setopt_string(CURL *_Nonnull handle, CURLoption option, const char *_Nullable value);
CURLcode dt_curl_easy_setopt_pointer(CURL *_Nonnull handle, CURLoption option, void *_Nullable value);
CURLcode dt_curl_easy_setopt_offset(CURL *_Nonnull handle, CURLoption option, curl_off_t value);
CURLcode dt_curl_easy_setopt_slist(CURL *_Nonnull handle, CURLoption option, struct curl_slist *_Nullable value);
CURLcode dt_curl_easy_setopt_write_callback(
    CURL *_Nonnull handle, CURLoption option, dt_curl_write_callback _Nullable callback);
CURLcode dt_curl_easy_setopt_header_callback(CURL *_Nonnull handle, dt_curl_header_callback _Nullable callback);
CURLcode dt_curl_easy_setopt_xferinfo_callback(CURL *_Nonnull handle, dt_curl_xferinfo_callback _Nullable callback);

CURLcode dt_curl_easy_getinfo_long(CURL *_Nonnull handle, CURLINFO info, long *_Nonnull value);

#endif
