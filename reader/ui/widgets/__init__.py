"""The app's widgets: the article list, the reader pane and the sidebar."""
