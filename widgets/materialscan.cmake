# Material scanning screens (helper s4, docs/materialscan.md).
target_sources(onewindow_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/imagefilechooser.h ${CMAKE_CURRENT_LIST_DIR}/imagefilechooser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/materialscandevices.h
    ${CMAKE_CURRENT_LIST_DIR}/pagecornereditor.h ${CMAKE_CURRENT_LIST_DIR}/pagecornereditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/materialscandialog.h ${CMAKE_CURRENT_LIST_DIR}/materialscandialog.cpp)
