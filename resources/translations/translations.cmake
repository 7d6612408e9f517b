# The translations of the screens, in one place for the build (common/appkit embeds the
# .qm files) and for the check that every shipped language is complete (tests/i18n).
# English is the source language; presso_en.ts carries only its plural forms.
set(PRESSO_LANGUAGES en de es pt_BR)
set(PRESSO_TS_FILES)
foreach(lang ${PRESSO_LANGUAGES})
    list(APPEND PRESSO_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/presso_${lang}.ts)
endforeach()
# Every file whose words reach a screen: the apps, appkit, and what common words for people.
file(GLOB PRESSO_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/common/*.cpp
    ${PROJECT_SOURCE_DIR}/common/appkit/*.cpp
    ${PROJECT_SOURCE_DIR}/display-app/*.cpp
    ${PROJECT_SOURCE_DIR}/order-app/*.cpp
    ${PROJECT_SOURCE_DIR}/barista-app/*.cpp
)
# The phone page's words too (resources/web/strings.js), through a file lupdate can read,
# made again whenever strings.js changes.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(PRESSO_WEB_WORDS ${CMAKE_BINARY_DIR}/translations/webwords.cpp)
execute_process(COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/resources/translations/webwords.py
                        extract ${PROJECT_SOURCE_DIR}/resources/web/strings.js ${PRESSO_WEB_WORDS}
                COMMAND_ERROR_IS_FATAL ANY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/web/strings.js)
list(APPEND PRESSO_TR_SOURCES ${PRESSO_WEB_WORDS})
# -locations none: a .ts changes only when a sentence does, not when a line moves.
set(PRESSO_LUPDATE_OPTIONS -locations none -source-language en)
