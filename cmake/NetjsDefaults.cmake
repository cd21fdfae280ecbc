# Per-target settings: warnings for our own code, sanitizers when asked. Never global flags.
function(netjs_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  netjs_sanitize(${target})
endfunction()

# Third-party code (the Duktape engine) gets sanitizers but not our warning set. A fuzz build also
# gives libFuzzer its coverage of every library a fuzz target links; only the targets link libFuzzer.
function(netjs_sanitize target)
  if(NETJS_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  elseif(NETJS_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
endfunction()
