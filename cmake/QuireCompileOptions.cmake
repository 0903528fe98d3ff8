# Warnings as errors and the optional sanitizers, applied to every target
# Quire builds (not to imported ones).
add_compile_options(-Wall -Wextra -Werror -Wno-error=deprecated-declarations)

if(QUIRE_SANITIZE)
  set(QUIRE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${QUIRE_SANITIZER_FLAGS})
  add_link_options(${QUIRE_SANITIZER_FLAGS})
endif()

if(QUIRE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "QUIRE_FUZZ=ON needs clang: -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
  endif()
  # Every object carries coverage instrumentation; only fuzz targets link the
  # libFuzzer main (tests/fuzz).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
