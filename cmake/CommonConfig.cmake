# mmdesk_common: the language standard, warnings and Qt defines that every
# target of the project links against. Third-party headers come in as system
# headers through their imported targets, so the warnings cover project code only.

option(MMDESK_WARNINGS_AS_ERRORS "Treat compiler warnings in project code as errors" ON)
option(MMDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(MMDESK_FUZZ "Build the libFuzzer targets of tests/fuzz (clang), with ASan and UBSan" OFF)

add_library(mmdesk_common INTERFACE)
target_compile_features(mmdesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(mmdesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
if(MMDESK_WARNINGS_AS_ERRORS)
    target_compile_options(mmdesk_common INTERFACE -Werror)
endif()

target_compile_definitions(mmdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    MMDESK_VERSION="${PROJECT_VERSION}")

if(MMDESK_SANITIZE)
    target_compile_options(mmdesk_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(mmdesk_common INTERFACE -fsanitize=address,undefined)
endif()

if(MMDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MMDESK_FUZZ needs clang (libFuzzer): configure with the fuzz preset")
    endif()
    # Coverage for libFuzzer in every file; the fuzzers link its runtime.
    target_compile_options(mmdesk_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(mmdesk_common INTERFACE -fsanitize=address,undefined)
endif()
