#include "tests/support/transferrun.h"

#include <curl/curl.h>

namespace TestSupport {

Downloads::Transfer::Outcome runTransfer(Downloads::Transfer &transfer)
{
    CURLM *multi = curl_multi_init();
    curl_multi_add_handle(multi, transfer.handle());
    int running = 1;
    CURLcode result = CURLE_OK;
    while (running > 0) {
        curl_multi_perform(multi, &running);
        if (running > 0)
            curl_multi_poll(multi, nullptr, 0, 200, nullptr);
    }
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
        if (message->msg == CURLMSG_DONE)
            result = message->data.result;
    }
    curl_multi_remove_handle(multi, transfer.handle());
    curl_multi_cleanup(multi);
    return transfer.finish(result);
}

} // namespace TestSupport
