# Face check screens (docs/facecheck.md): the identity strip of the applicant panel (card
# reading, F10; face check, F12), the face check dialog with its live preview, the override.
target_sources(onewindow_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/identitycheckbar.h ${CMAKE_CURRENT_LIST_DIR}/identitycheckbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facepreviewwidget.h ${CMAKE_CURRENT_LIST_DIR}/facepreviewwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/facecheckdialog.h ${CMAKE_CURRENT_LIST_DIR}/facecheckdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/faceoverridedialog.h ${CMAKE_CURRENT_LIST_DIR}/faceoverridedialog.cpp)
