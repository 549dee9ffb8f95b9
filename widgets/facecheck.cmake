# Face check screens: target_sources(onewindow_widgets PRIVATE ...)
