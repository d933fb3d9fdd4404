#include "CCurl.h"

#include <pthread.h>
#include <signal.h>

static pthread_once_t dt_curl_once = PTHREAD_ONCE_INIT;
static CURLcode dt_curl_init_result = CURLE_OK;

static void dt_curl_global_init_body(void) {
    signal(SIGPIPE, SIG_IGN);
    dt_curl_init_result = curl_global_init(CURL_GLOBAL_ALL);
}

CURLcode dt_curl_global_init_once(void) {
    pthread_once(&dt_curl_once, dt_curl_global_init_body);
    return dt_curl_init_result;
}

CURLcode dt_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode dt_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode dt_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode dt_curl_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode dt_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

CURLcode dt_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, dt_curl_write_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

CURLcode dt_curl_easy_setopt_header_callback(CURL *handle, dt_curl_header_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback);
}

CURLcode dt_curl_easy_setopt_xferinfo_callback(CURL *handle, dt_curl_xferinfo_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

CURLcode dt_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}
